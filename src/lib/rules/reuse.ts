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
 * reports of at least TEMPLATE_AGENCIES agencies (or 10% of them) — counted in count-min sketches, and shingle sets
 * are built one agency at a time and dropped, so memory stays bounded for large panels (≥ 100k reports).
 * Sections with fewer than 40 distinctive shingles are not compared.
 */
import type { Flag } from '../report/types';
import { textPath } from './cells';
import { flag } from './flag';
import { CountMin, containment, lshPairs, minhash, shingles } from './minhash';
import { cleanSpan, sectionEn, sectionSpans, sectionZh, type Clean } from './narrative';
import { byAgency, type PanelReport } from './panel';

export const REUSE_SAME_AGENCY = 0.5;
export const REUSE_OTHER_AGENCY = 0.6;
/** A shingle found in this many agencies' reports (or 10% of them, if more) is template wording. */
export const TEMPLATE_AGENCIES = 3;
const MIN_SHINGLES = 40;
const K = 5;
const PASSAGE_K = 10;
export const MIN_PASSAGE = 50;

interface Sec { key: string; start: number; end: number; sh: Uint32Array }

function rawSections(p: PanelReport): Sec[] {
  const text = p.report.text ?? '';
  return sectionSpans(p.report).map(([key, start, end]) => ({ key, start, end, sh: shingles(cleanSpan(text, start, end).text, K) }));
}

/** Digits-kept CJK stream of the narrative, with offsets back into report.text. */
function passageStream(p: PanelReport): Clean {
  const text = p.report.text ?? '';
  const parts = sectionSpans(p.report).map(([, s, e]) => cleanSpan(text, s, e, true));
  const joined = parts.map((c) => c.text).join('');
  const map = new Int32Array(joined.length);
  let o = 0;
  for (const c of parts) { map.set(c.map, o); o += c.map.length; }
  return { text: joined, map };
}

function passageHashes(clean: Clean): Uint32Array {
  const n = Math.max(0, clean.text.length - PASSAGE_K + 1);
  const out = new Uint32Array(n);
  const t = clean.text;
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + PASSAGE_K; j++) h = Math.imul(h ^ t.charCodeAt(j), 0x01000193);
    out[i] = (h ^ (h >>> 15)) >>> 0;
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
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
  const live = panel.filter((p) => p.report.status === 'parsed' && p.report.text);
  const agencies = new Map<string, PanelReport[]>();
  for (const p of live) agencies.set(p.agency_id, [...(agencies.get(p.agency_id) ?? []), p]);
  const limit = Math.max(TEMPLATE_AGENCIES, Math.ceil(agencies.size * 0.1));

  // pass 1: in how many agencies each section shingle and each passage shingle occurs (one agency at a time)
  const secSketch = new CountMin(22, 3);
  const passSketch = new CountMin(22, 3);
  for (const list of agencies.values()) {
    const a = new Set<number>();
    const b = new Set<number>();
    for (const p of list) {
      const text = p.report.text ?? '';
      for (const [, s, e] of sectionSpans(p.report)) {
        const d = cleanSpan(text, s, e, true);
        for (const h of shingles(d.text.replace(/\d+/g, ''), K)) a.add(h);
        for (const h of passageHashes(d)) b.add(h);
      }
    }
    for (const h of a) secSketch.add(h);
    for (const h of b) passSketch.add(h);
  }
  const distinctive = (p: PanelReport): Sec[] =>
    rawSections(p).map((s) => ({ ...s, sh: s.sh.filter((h) => secSketch.estimate(h) < limit) })).filter((s) => s.sh.length >= MIN_SHINGLES);

  // pass 2: the same agency's previous report, and a MinHash signature per section
  const sigs: Uint32Array[] = [];
  const where: { p: PanelReport; key: string; start: number; end: number }[] = [];
  for (const list of byAgency(live).values()) {
    let prev: { p: PanelReport; secs: Map<string, Sec> } | null = null;
    for (const cur of list) {
      const secs = distinctive(cur);
      for (const s of secs) {
        sigs.push(minhash(s.sh));
        where.push({ p: cur, key: s.key, start: s.start, end: s.end });
        const ps = prev?.secs.get(s.key);
        if (!prev || !ps) continue;
        const c = containment(s.sh, ps.sh);
        if (c < REUSE_SAME_AGENCY) continue;
        push(out, cur.report_id, flag('REUSE', [textPath(s.start, s.end)], `<${pct(REUSE_SAME_AGENCY)}`, pct(c),
          `${sectionZh(s.key)}与本单位${prev.p.year}年报告重复率${pct(c)}（5字片段重合率，不计通用模板文字，阈值${pct(REUSE_SAME_AGENCY)}）`,
          `${sectionEn(s.key)} repeats ${pct(c)} of the agency's ${prev.p.year} report (5-character shingles, template wording excluded; threshold ${pct(REUSE_SAME_AGENCY)})`));
      }
      prev = { p: cur, secs: new Map(secs.map((s) => [s.key, s])) };
    }
  }

  // pass 3: other agencies' sections — LSH candidates, then the exact share (shingles recomputed per pair)
  const sectionPairs = new Set<string>();
  const pairs = lshPairs(sigs, 16, 4, (i, j) => where[i].key !== where[j].key || where[i].p.agency_id === where[j].p.agency_id);
  const cache = new Map<string, Map<string, Sec>>();
  const secOf = (p: PanelReport, key: string): Sec | undefined => {
    let m = cache.get(p.report_id);
    if (!m) {
      if (cache.size > 2000) cache.clear();
      m = new Map(distinctive(p).map((s) => [s.key, s]));
      cache.set(p.report_id, m);
    }
    return m.get(key);
  };
  for (const [i, j] of pairs) {
    const [a, b] = later(where[i].p, where[j].p);
    const key = where[i].key;
    const sa = secOf(a, key);
    const sb = secOf(b, key);
    if (!sa || !sb) continue;
    const c = containment(sa.sh, sb.sh);
    if (c < REUSE_OTHER_AGENCY) continue;
    sectionPairs.add(`${a.report_id}>${b.report_id}`);
    push(out, a.report_id, flag('REUSE', [textPath(sa.start, sa.end)], `<${pct(REUSE_OTHER_AGENCY)}`, pct(c),
      `${sectionZh(key)}与${b.agency}${b.year}年报告重复率${pct(c)}（5字片段重合率，不计通用模板文字，阈值${pct(REUSE_OTHER_AGENCY)}）`,
      `${sectionEn(key)} repeats ${pct(c)} of ${b.agency}'s ${b.year} report (5-character shingles, template wording excluded; threshold ${pct(REUSE_OTHER_AGENCY)})`));
  }

  // pass 4: passages only two agencies share
  copiedPassages(live, passSketch, out, sectionPairs);
  return out;
}

/** `already`: copier>source pairs flagged at section level (their passages are not repeated). */
function copiedPassages(live: PanelReport[], sketch: CountMin, out: Map<string, Flag[]>, already: Set<string>) {
  const index = new Map<number, [number, number][]>();
  live.forEach((p, si) => {
    passageHashes(passageStream(p)).forEach((h, pos) => {
      if (sketch.estimate(h) !== 2) return;
      const l = index.get(h);
      if (l) l.push([si, pos]); else index.set(h, [[si, pos]]);
    });
  });
  const taken = new Map<string, number[]>();
  const add = (si: number, from: number, pos: number) => {
    const key = `${si}>${from}`;
    const l = taken.get(key);
    if (l) l.push(pos); else taken.set(key, [pos]);
  };
  for (const occ of index.values()) {
    const agencies = new Set(occ.map(([si]) => live[si].agency_id));
    if (agencies.size !== 2) continue;
    let src = occ[0][0];
    for (const [si] of occ) if (later(live[si], live[src])[0] === live[src]) src = si;
    for (const [si, pos] of occ) {
      if (live[si].agency_id === live[src].agency_id) continue;
      add(si, src, pos);
      // same year: no telling who copied whom, so the source is flagged too
      if (live[si].year === live[src].year) for (const [sj, pj] of occ) if (sj === src) add(src, si, pj);
    }
  }
  for (const [key, positions] of taken) {
    const [si, src] = key.split('>').map(Number);
    const p = live[si];
    const source = live[src];
    if (already.has(`${p.report_id}>${source.report_id}`)) continue;
    positions.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const pos of positions) {
      const last = runs[runs.length - 1];
      if (last && pos <= last[1]) last[1] = Math.max(last[1], pos + PASSAGE_K);
      else runs.push([pos, pos + PASSAGE_K]);
    }
    const long = runs.filter(([a, b]) => b - a >= MIN_PASSAGE);
    if (!long.length) continue;
    const clean = passageStream(p);
    const chars = long.reduce((n, [a, b]) => n + b - a, 0);
    const text = p.report.text ?? '';
    const cells = long.map(([a, b]) => textPath(clean.map[a], clean.map[b - 1] + 1));
    const [a0, b0] = long[0];
    const excerpt = text.slice(clean.map[a0], Math.min(clean.map[b0 - 1] + 1, clean.map[a0] + 30));
    push(out, p.report_id, flag('REUSE', cells, null, `${long.length}段/${chars}字`,
      `${long.length}段文字（共${chars}字，如“${excerpt}…”）与${source.agency}${source.year}年报告相同（这些文字仅见于这两个单位的报告）`,
      `${long.length} passage(s) (${chars} characters, e.g. "${excerpt}…") also appear in ${source.agency}'s ${source.year} report and in no other agency's`));
  }
}
