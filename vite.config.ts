import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';
import { publishedFile } from './scripts/copy-datasets.mjs';

const TYPES: Record<string, string> = { json: 'application/json', parquet: 'application/vnd.apache.parquet', csv: 'text/csv' };

/** `vite dev`: serve datasets/index.json and the datasets it lists at /datasets/ (the build copies them instead). */
function serveDatasets(): Plugin {
  const dir = resolve('datasets');
  return {
    name: 'gongkai-serve-datasets',
    configureServer(server) {
      server.middlewares.use('/datasets', async (req, res, next) => {
        const file = await publishedFile(dir, (req.url ?? '/').split('?')[0]);
        if (!file) return next();
        res.setHeader('Content-Type', TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    }
  };
}

export default defineConfig({
  plugins: [serveDatasets(), sveltekit()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true }
});
