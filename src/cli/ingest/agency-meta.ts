/**
 * Agency identity and placement for an ingested report: the name the parser read, overridden by real metadata
 * (a corpus `manifest.csv` with `file, agency_name, region` columns) and by `agencies.csv` / `--agencies FILE`
 * (columns: name, and any of agency_id, region, province, province_code, city, city_code, county, county_code,
 * level, kind).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { placeAgency, regionByName } from '../../lib/dataset/regions';
import type { AgencyRecord } from '../../lib/dataset/rows';
import { agencyId, normaliseName } from '../../lib/dataset/node/ids';
import { parseCsvObjects } from './csv';

export interface FileMeta { agency_name?: string; region?: string }

export interface AgencyMeta {
  /** absolute file path → corpus metadata */
  files: Map<string, FileMeta>;
  /** normalised agency name → override row */
  agencies: Map<string, Record<string, string>>;
}

export async function loadAgencyMeta(folders: string[], agenciesFile?: string): Promise<AgencyMeta> {
  const meta: AgencyMeta = { files: new Map(), agencies: new Map() };
  for (const folder of folders) {
    const m = join(folder, 'manifest.csv');
    if (existsSync(m)) {
      for (const row of parseCsvObjects(await readFile(m, 'utf8'))) {
        if (!row.file) continue;
        meta.files.set(resolve(folder, row.file), { agency_name: row.agency_name || undefined, region: row.region || undefined });
      }
    }
    const a = join(folder, 'agencies.csv');
    if (existsSync(a)) addAgencies(meta, await readFile(a, 'utf8'));
  }
  if (agenciesFile) addAgencies(meta, await readFile(agenciesFile, 'utf8'));
  return meta;
}

function addAgencies(meta: AgencyMeta, text: string): void {
  for (const row of parseCsvObjects(text)) if (row.name) meta.agencies.set(normaliseName(row.name), row);
}

const LEVELS = new Set(['省', '市', '县', '乡镇']);
const KINDS = new Set(['人民政府', '部门', '其他']);

export function resolveAgency(meta: AgencyMeta, file: string, parsedName: string | null): AgencyRecord {
  const fm = meta.files.get(resolve(file));
  const name = (fm?.agency_name || parsedName || `未识别机构（${basename(file)}）`).trim();
  const ov = meta.agencies.get(normaliseName(name));
  const placed = placeAgency(name, ov?.region || fm?.region || null);
  const rec: AgencyRecord = { ...placed, agency_id: '' };
  if (ov) {
    for (const k of ['province', 'province_code', 'city', 'city_code', 'county', 'county_code', 'region'] as const) {
      if (ov[k]) rec[k] = ov[k];
    }
    if (ov.region && !ov.province) {
      // A bare region override: refill codes from the table when it knows the region.
      const r = regionByName(ov.region);
      if (r && r.level === '省') { rec.province = r.name; rec.province_code = r.code; }
    }
    if (ov.level && LEVELS.has(ov.level)) rec.level = ov.level as AgencyRecord['level'];
    if (ov.kind && KINDS.has(ov.kind)) rec.kind = ov.kind as AgencyRecord['kind'];
  }
  rec.agency_id = ov?.agency_id || agencyId(name, rec.region);
  return rec;
}
