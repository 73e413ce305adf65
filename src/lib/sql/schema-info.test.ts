import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../dataset/manifest';
import { REPORTS } from '../dataset/schema';
import { completionSchema, defaultTable } from './completion';
import { examplesFor, EXAMPLES } from './examples';
import { mergeIntrospection, schemaFromManifest } from './schema-info';
import { checkConsoleSql } from './console-guard';

const manifest: DatasetManifest = {
  schema_version: 1,
  name: 'x',
  label: 'real',
  title: 't',
  built_at: '2026-01-01',
  tables: {
    reports_index: { rows: 3, files: [], columns: [{ name: 'year', type: 'SMALLINT' }, { name: 'format', type: 'VARCHAR' }] },
    reports: { rows: 7, files: [] }
  }
};

describe('schema for the console', () => {
  it('takes columns from the manifest, else from the Parquet schema contract', () => {
    const s = schemaFromManifest(manifest);
    expect(s.map((t) => t.name)).toEqual(['reports', 'reports_index']);
    expect(s[1].columns).toEqual([{ name: 'year', type: 'SMALLINT' }, { name: 'format', type: 'VARCHAR' }]);
    expect(s[0].columns).toHaveLength(REPORTS.length);
    expect(s[0].columns[0]).toEqual({ name: 'report_id', type: 'VARCHAR' });
  });

  it('introspection overrides columns and adds unknown tables', () => {
    const s = mergeIntrospection(schemaFromManifest(manifest), [
      { table_name: 'reports_index', column_name: 'year', data_type: 'SMALLINT' },
      { table_name: 'extra', column_name: 'a', data_type: 'INTEGER' }
    ]);
    expect(s.find((t) => t.name === 'reports_index')!.columns).toEqual([{ name: 'year', type: 'SMALLINT' }]);
    expect(s.find((t) => t.name === 'extra')).toMatchObject({ fromManifest: false, columns: [{ name: 'a', type: 'INTEGER' }] });
  });

  it('builds lang-sql completions with types and row counts', () => {
    const c = completionSchema(schemaFromManifest(manifest));
    expect(c.reports_index.self).toEqual({ label: 'reports_index', type: 'type', detail: '3 行' });
    expect(c.reports_index.children).toEqual([
      { label: 'year', type: 'property', detail: 'SMALLINT' },
      { label: 'format', type: 'property', detail: 'VARCHAR' }
    ]);
    expect(defaultTable(schemaFromManifest(manifest))).toBe('reports');
  });

  it('offers only examples whose tables and columns exist; every example passes the guard', () => {
    const lite = examplesFor(schemaFromManifest({ ...manifest, tables: { reports_index: manifest.tables.reports_index } }));
    expect(lite.map((e) => e.id)).toEqual(['index-by-format']);
    const full = examplesFor(schemaFromManifest(manifest));
    expect(full.map((e) => e.id)).toContain('grant-rate');
    expect(full.map((e) => e.id)).not.toContain('flags-by-rule');
    for (const ex of EXAMPLES) {
      expect(checkConsoleSql(ex.sql)).toEqual({ ok: true });
      expect(ex.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
