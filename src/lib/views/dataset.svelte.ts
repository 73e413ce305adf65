/** The dataset the URL names, its manifest and load progress, and reactive queries against it. */
import { untrack } from 'svelte';
import { base } from '$app/paths';
import { page } from '$app/state';
import { listDatasets, openDataset } from '$lib/data/browser';
import type { DatasetClient, LoadProgress } from '$lib/data';
import type { DatasetIndexEntry, DatasetManifest } from '$lib/dataset/manifest';
import { decodeFilters, type Filters } from '$lib/dashboard/filters';
import { overviewSource, type OverviewSource } from '$lib/dashboard/overview-sql';

let indexP: Promise<DatasetIndexEntry[]> | undefined;

export function datasetIndex(): Promise<DatasetIndexEntry[]> {
  indexP ??= listDatasets(base);
  indexP.catch(() => (indexP = undefined));
  return indexP;
}

/** The first dataset of index.json is the default (never written to the URL). */
export const defaultDatasetName = (index: DatasetIndexEntry[]): string => (index.find((d) => d.name === 'sample') ?? index[0])?.name ?? 'sample';

class DatasetState {
  index = $state<DatasetIndexEntry[] | null>(null);
  error = $state<string | null>(null);
  /** Last failed query of the page (shown by LoadStatus). */
  queryError = $state<string | null>(null);
  manifest = $state<DatasetManifest | null>(null);
  progress = $state<LoadProgress | null>(null);
  /** Number of queries running, for the progress indicator. */
  busy = $state(0);
  private loadedFor = '';
  private off: (() => void) | null = null;

  get defaultName(): string {
    return this.index ? defaultDatasetName(this.index) : 'sample';
  }

  /** Filters of the current URL. */
  get filters(): Filters {
    return decodeFilters(page.url.searchParams, this.defaultName);
  }

  get client(): DatasetClient | null {
    if (!this.index) return null;
    const name = this.filters.dataset;
    return openDataset(name, base);
  }

  /** Which tables the overview's SQL reads (null until the manifest is known). */
  get source(): OverviewSource | null {
    return this.manifest && this.loadedFor === this.filters.dataset ? overviewSource(this.manifest.tables) : null;
  }

  get synthetic(): boolean {
    return this.manifest?.label === 'synthetic' || this.index?.find((d) => d.name === this.filters.dataset)?.label === 'synthetic';
  }

  async init(): Promise<void> {
    try {
      this.index = await datasetIndex();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Subscribes to the current client's progress and loads its manifest (call from an effect). */
  watch(client: DatasetClient): void {
    if (this.loadedFor === client.name) return;
    this.loadedFor = client.name;
    this.off?.();
    this.manifest = null;
    this.error = null;
    this.off = client.onProgress((p) => {
      this.progress = p;
      if (p.phase === 'error' && p.error) this.error = p.error.message;
    });
    client.manifest().then(
      (m) => {
        if (client.name === this.loadedFor) this.manifest = m;
      },
      (e) => (this.error = e instanceof Error ? e.message : String(e))
    );
  }
}

export const dataset = new DatasetState();

/** Loads the current dataset's manifest (and follows its progress) without waiting for a query. */
export function watchDataset(): void {
  $effect(() => {
    const client = dataset.client;
    if (client) untrack(() => dataset.watch(client));
  });
}

export interface QueryResult<T> {
  rows: T[];
  loading: boolean;
  error: string | null;
  /** SQL of the rows currently shown. */
  sql: string | null;
  /** The rows shown were precomputed with the dataset; the live query is still running. */
  seeded: boolean;
}

/** After the next frame is painted (or 250 ms: a hidden tab gets no animation frames). */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 250);
  });

/**
 * Runs `sql()` against the current dataset whenever it changes. Call during component initialisation.
 * Rows keep their previous value while a new query runs.
 */
export function useQuery<T = Record<string, unknown>>(sql: () => string | null): QueryResult<T> {
  const r = $state<QueryResult<T>>({ rows: [], loading: true, error: null, sql: null, seeded: false });
  $effect(() => {
    const client = dataset.client;
    const q = sql();
    if (!client || !q) return;
    untrack(() => {
      dataset.watch(client);
      r.loading = true;
      dataset.busy++;
    });
    let live = true;
    const runLive = () =>
      client.queryRows<T>(q).then(
        (rows) => {
          if (!live) return;
          r.rows = rows;
          r.seeded = false;
          r.sql = q;
          r.error = null;
        },
        (e) => {
          if (!live) return;
          r.error = e instanceof Error ? e.message : String(e);
          if (!dataset.error) dataset.queryError = r.error;
        }
      );
    client.seededRows(q).then(async (rows) => {
      if (live && rows) {
        r.rows = rows as T[];
        r.sql = q;
        r.seeded = true;
        // Let the seeded rows paint before the live query starts DuckDB: compiling its wasm competes for the CPU.
        await afterNextPaint();
      }
      if (live) await runLive();
    }).finally(() => {
      dataset.busy--;
      if (live) r.loading = false;
    });
    return () => {
      live = false;
    };
  });
  return r;
}
