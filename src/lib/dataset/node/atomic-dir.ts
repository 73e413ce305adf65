/**
 * Build a folder beside its destination and swap it into place at the end, so a crash leaves the old folder intact.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Remove temporary folders left by crashed builds of `dest` (their process is gone). */
async function sweep(dest: string): Promise<void> {
  const parent = dirname(dest);
  const prefix = `.${basename(dest)}.`;
  let names: string[] = [];
  try { names = await readdir(parent); } catch { return; }
  for (const n of names) {
    const m = n.startsWith(prefix) ? /\.(tmp|old)-(\d+)$/.exec(n) : null;
    if (m && !alive(Number(m[2]))) await rm(join(parent, n), { recursive: true, force: true });
  }
}

export interface AtomicDir {
  /** Temporary folder to write into (sibling of the destination). */
  path: string;
  /** Swap the temporary folder into place. */
  commit(): Promise<void>;
  /** Delete the temporary folder. */
  abort(): Promise<void>;
}

export async function atomicDir(destination: string): Promise<AtomicDir> {
  const dest = resolve(destination);
  await mkdir(dirname(dest), { recursive: true });
  await sweep(dest);
  const tmp = join(dirname(dest), `.${basename(dest)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  return {
    path: tmp,
    async commit() {
      const old = join(dirname(dest), `.${basename(dest)}.old-${process.pid}`);
      let moved = false;
      try { await rename(dest, old); moved = true; } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await rename(tmp, dest);
      if (moved) await rm(old, { recursive: true, force: true });
    },
    async abort() {
      await rm(tmp, { recursive: true, force: true });
    }
  };
}
