/**
 * REUSE across reports.
 * - Section vs the same agency's previous report: share of the section's 5-character shingles found in the same
 *   section of the agency's latest earlier report (重复率); flagged at ≥ 50% (the 宿迁 assessment's threshold).
 * - Section vs other agencies: one-permutation MinHash + LSH banding for candidates, then the exact share;
 *   flagged at ≥ 60% on the later report.
 * - Copied passages: runs of 10-character shingles (digits kept) that the report shares with exactly one other
 *   agency, at least 50 characters long; wording many agencies share is template, not copying. Flagged on the
 *   later report, naming the earliest report that holds the passage; when both are of the same year the direction
 *   is unknown and both reports are flagged.
 * Template wording is left out first: the national template's labels, and any 5-character shingle found in the
 * reports of at least TEMPLATE_AGENCIES agencies (counted in a count-min sketch, so memory stays bounded).
 * Sections with fewer than 40 distinctive shingles are not compared.
 */
import type { Flag } from '../report/types';
import { textPath } from './cells';
import { flag } from './flag';
import { CountMin, containment, hash53, lshPairs, minhash, shingles } from './minhash';
import { cleanSpan, sectionEn, sectionSpans, sectionZh, type Clean } from './narrative';
import { byAgency, type PanelReport } from './panel';

export const REUSE_SAME_AGENCY = 0.5;
export const REUSE_OTHER_AGENCY = 0.6;
/** A shingle or sentence in this many agencies' reports (or 10% of them, if more) is template wording. */
export const TEMPLATE_AGENCIES = 3;
const MIN_SHINGLES = 40;
const K = 5;
const PASSAGE_K = 10;
export const MIN_PASSAGE = 50;

function templateThreshold(panel: PanelReport[]): number {
  const agencies = new Set(panel.map((p) => p.agency_id)).size;
  return Math.max(TEMPLATE_AGENCIES, Math.ceil(agencies * 0.1));
}

interface Section { p: PanelReport; key: string; start: number; end: number; clean: Clean; sh: Uint32Array }

function sections(p: PanelReport): Section[] {
  const text = p.report.text ?? '';
  return sectionSpans(p.report).map(([key, start, end]) => {
    const clean = cleanSpan(text, start, end);
    return { p, key, start, end, clean, sh: shingles(clean.text, K) };
  });
}

/** Drop shingles that many agencies share (template wording) and sections left with too little text. */
function distinctive(secs: Map<string, Section[]>, panel: PanelReport[]): void {
  const sketch = new CountMin(22, 3);
  const byAg = new Map<string, Set<number>>();
  for (const p of panel) {
    const set = byAg.get(p.agency_id) ?? new Set<number>();
    for (const s of secs.get(p.report_id) ?? []) for (const h of s.sh) set.add(h);
    byAg.set(p.agency_id, set);
  }
  for (const set of byAg.values()) for (const h of set) sketch.add(h);
  const limit = templateThreshold(panel);
  for (const [id, list] of secs) {
    const kept = list.map((s) => ({ ...s, sh: s.sh.filter((h) => sketch.estimate(h) < limit) })).filter((s) => s.sh.length >= MIN_SHINGLES);
    secs.set(id, kept);
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Later report of a pair: by year, then publication date, then id. */
function later(a: PanelReport, b: PanelReport): [PanelReport, PanelReport] {
  const ka = `${a.year}|${a.report.published ?? ''}|${a.report_id}`;
  const kb = `${b.year}|${b.report.published ?? ''}|${b.report_id}`;
  return ka >= kb ? [a, b] : [b, a];
}

function push(out: Map<string, Flag[]>, id: string, f: Flag) {
  const l = out.get(id);
  if (l) l.push(f); else out.set(id, [f]);
}

export function reuseFlags(panel: PanelReport[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  const secs = new Map<string, Section[]>();
  for (const p of panel) if (p.report.status === 'parsed' && p.report.text) secs.set(p.report_id, sections(p));
  distinctive(secs, panel);

  // 1. the same agency's previous report
  for (const list of byAgency(panel).values()) {
    for (let i = 1; i < list.length; i++) {
      const cur = list[i];
      const prev = list[i - 1];
      const prevSecs = new Map((secs.get(prev.report_id) ?? []).map((s) => [s.key, s]));
      for (const s of secs.get(cur.report_id) ?? []) {
        const ps = prevSecs.get(s.key);
        if (!ps) continue;
        const c = containment(s.sh, ps.sh);
        if (c < REUSE_SAME_AGENCY) continue;
        push(out, cur.report_id, flag('REUSE', [textPath(s.start, s.end)], `<${pct(REUSE_SAME_AGENCY)}`, pct(c),
          `${sectionZh(s.key)}与本单位${prev.year}年报告重复率${pct(c)}（5字片段重合率，不计通用模板文字，阈值${pct(REUSE_SAME_AGENCY)}）`,
          `${sectionEn(s.key)} repeats ${pct(c)} of the agency's ${prev.year} report (5-character shingles, template wording excluded; threshold ${pct(REUSE_SAME_AGENCY)})`));
      }
    }
  }

  // 2. sections of other agencies (MinHash + LSH candidates, exact share)
  const all: Section[] = [...secs.values()].flat();
  const sigs = all.map((s) => minhash(s.sh));
  const pairs = lshPairs(sigs, 16, 4, (i, j) => all[i].key !== all[j].key || all[i].p.agency_id === all[j].p.agency_id);
  for (const [i, j] of pairs) {
    const [a, b] = later(all[i].p, all[j].p);
    const sa = a === all[i].p ? all[i] : all[j];
    const sb = sa === all[i] ? all[j] : all[i];
    const c = containment(sa.sh, sb.sh);
    if (c < REUSE_OTHER_AGENCY) continue;
    push(out, a.report_id, flag('REUSE', [textPath(sa.start, sa.end)], `<${pct(REUSE_OTHER_AGENCY)}`, pct(c),
      `${sectionZh(sa.key)}与${b.agency}${b.year}年报告重复率${pct(c)}（5字片段重合率，不计通用模板文字，阈值${pct(REUSE_OTHER_AGENCY)}）`,
      `${sectionEn(sa.key)} repeats ${pct(c)} of ${b.agency}'s ${b.year} report (5-character shingles, template wording excluded; threshold ${pct(REUSE_OTHER_AGENCY)})`));
  }

  // 3. sentences found in exactly one other agency's report
  copiedPassages(panel, out);
  return out;
}

interface Stream { p: PanelReport; clean: Clean; hashes: Uint32Array }

function passageStream(p: PanelReport): Stream {
  const text = p.report.text ?? '';
  const parts = sectionSpans(p.report).map(([, s, e]) => cleanSpan(text, s, e, true));
  const joined = parts.map((c) => c.text).join('');
  const map = new Int32Array(joined.length);
  let o = 0;
  for (const c of parts) { map.set(c.map, o); o += c.map.length; }
  const n = Math.max(0, joined.length - PASSAGE_K + 1);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hash53(joined.slice(i, i + PASSAGE_K)) % 0x100000000;
  return { p, clean: { text: joined, map }, hashes };
}

function copiedPassages(panel: PanelReport[], out: Map<string, Flag[]>) {
  const streams = panel.filter((p) => p.report.status === 'parsed' && p.report.text).map(passageStream);
  // pass 1: in how many agencies' reports each shingle occurs (sketch)
  const sketch = new CountMin(22, 3);
  const byAg = new Map<string, Set<number>>();
  for (const st of streams) {
    const set = byAg.get(st.p.agency_id) ?? new Set<number>();
    for (const h of st.hashes) set.add(h);
    byAg.set(st.p.agency_id, set);
  }
  for (const set of byAg.values()) for (const h of set) sketch.add(h);
  byAg.clear();
  // pass 2: index the shingles exactly two agencies share
  const index = new Map<number, [number, number][]>();
  streams.forEach((st, si) => {
    st.hashes.forEach((h, pos) => {
      if (sketch.estimate(h) !== 2) return;
      const l = index.get(h);
      if (l) l.push([si, pos]); else index.set(h, [[si, pos]]);
    });
  });
  // pass 3: positions of each copier report taken from each source report
  const taken = new Map<string, number[]>();
  for (const occ of index.values()) {
    const agencies = new Set(occ.map(([si]) => streams[si].p.agency_id));
    if (agencies.size !== 2) continue;
    let src = occ[0][0];
    for (const [si] of occ) if (later(streams[si].p, streams[src].p)[0] === streams[src].p) src = si;
    const add = (si: number, from: number, pos: number) => {
      const key = `${si}>${from}`;
      const l = taken.get(key);
      if (l) l.push(pos); else taken.set(key, [pos]);
    };
    for (const [si, pos] of occ) {
      if (streams[si].p.agency_id === streams[src].p.agency_id) continue;
      add(si, src, pos);
      // same year: no telling who copied whom, so the source is flagged too
      if (streams[si].p.year === streams[src].p.year) for (const [sj, pj] of occ) if (sj === src) add(src, si, pj);
    }
  }
  for (const [key, positions] of taken) {
    const [si, src] = key.split('>').map(Number);
    const st = streams[si];
    const source = streams[src].p;
    positions.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const pos of positions) {
      const last = runs[runs.length - 1];
      if (last && pos <= last[1]) last[1] = Math.max(last[1], pos + PASSAGE_K);
      else runs.push([pos, pos + PASSAGE_K]);
    }
    const long = runs.filter(([a, b]) => b - a >= MIN_PASSAGE);
    if (!long.length) continue;
    const chars = long.reduce((n, [a, b]) => n + b - a, 0);
    const text = st.p.report.text ?? '';
    const cells = long.map(([a, b]) => textPath(st.clean.map[a], st.clean.map[b - 1] + 1));
    const [a0, b0] = long[0];
    const excerpt = text.slice(st.clean.map[a0], Math.min(st.clean.map[b0 - 1] + 1, st.clean.map[a0] + 30));
    push(out, st.p.report_id, flag('REUSE', cells, null, `${long.length}段/${chars}字`,
      `${long.length}段文字（共${chars}字，如“${excerpt}…”）与${source.agency}${source.year}年报告相同（这些文字仅见于这两个单位的报告）`,
      `${long.length} passage(s) (${chars} characters, e.g. "${excerpt}…") also appear in ${source.agency}'s ${source.year} report and in no other agency's`));
  }
}
