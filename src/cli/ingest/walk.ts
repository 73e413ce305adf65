/** The report files under the given paths, in a deterministic order. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** The corpus's own metadata files: never reports. (An `.md` file otherwise can be a report: OCR markdown.) */
export const METADATA_FILES = new Set(['manifest.csv', 'readme.md', 'corpus-notes.md', 'agencies.csv']);

export function isMetadataFile(path: string): boolean {
  const b = basename(path);
  return b.startsWith('.') || METADATA_FILES.has(b.toLowerCase());
}

async function walkDir(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walkDir(p, out);
    else if (e.isFile() && !isMetadataFile(p)) out.push(p);
  }
}

/** Files given directly are always included (even a metadata name); folders are walked. */
export async function listInputs(paths: string[]): Promise<{ files: string[]; folders: string[]; missing: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try { st = await stat(p); } catch { missing.push(p); continue; }
    if (st.isDirectory()) { folders.push(p); await walkDir(p, files); } else files.push(p);
  }
  return { files: [...new Set(files)], folders, missing };
}
