/** Fetches an embed's data with plain fetch (same origin): datasets/index.json for the default, then embed/data.json. */
import { EMBED_DATA_PATH, EMBED_SHARD_DIR, agencyShard, parseEmbedData, parseShard, withAgencyRows, type EmbedData } from './embed-data';

const NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export async function defaultDatasetName(datasetsUrl: string): Promise<string> {
  try {
    const res = await fetch(new URL('index.json', datasetsUrl));
    const json = await res.json();
    const list = Array.isArray(json) ? json : json?.datasets;
    const name = Array.isArray(list) ? list[0]?.name : undefined;
    return typeof name === 'string' && NAME.test(name) ? name : 'sample';
  } catch {
    return 'sample';
  }
}

export async function loadEmbedData(datasetsUrl: string, dataset: string): Promise<EmbedData> {
  if (!NAME.test(dataset)) throw new Error('数据集名称不合法');
  const url = new URL(`${dataset}/${EMBED_DATA_PATH}`, datasetsUrl);
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`嵌入数据下载失败：${e instanceof Error ? e.message : String(e)}`);
  }
  if (res.status === 404) throw new Error(`数据集“${dataset}”没有嵌入数据（需运行 node scripts/build-embed-data.mjs datasets/${dataset}）`);
  if (!res.ok) throw new Error(`嵌入数据下载失败：HTTP ${res.status}`);
  return parseEmbedData(await res.json());
}

/**
 * The grouped form narrowed to the per-report rows of `ids` (read from their shard files), for the agency and
 * compare charts; other forms are returned as they are.
 */
export async function withAgencyShards(
  datasetsUrl: string, dataset: string, data: EmbedData, ids: readonly string[], getJson: (url: URL) => Promise<unknown> = fetchJson
): Promise<EmbedData> {
  if (data.form !== 'groups' || !data.agency_shards || !NAME.test(dataset)) return data;
  const count = data.agency_shards.count;
  const shards = [...new Set(ids.map((id) => agencyShard(id, count)))].sort((a, b) => a - b);
  const sections = await Promise.all(
    shards.map(async (n) => parseShard(await getJson(new URL(`${dataset}/${EMBED_SHARD_DIR}/${n}.json`, datasetsUrl))))
  );
  const want = new Set(ids);
  return withAgencyRows(data, sections.map((s) => {
    const i = s.columns.indexOf('agency_id');
    return { columns: s.columns, rows: s.rows.filter((r) => want.has(String(r[i]))) };
  }));
}

async function fetchJson(url: URL): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`单位分片数据下载失败：HTTP ${res.status}`);
  return res.json();
}
