/**
 * SPAM: foreign (gambling/SEO) text injected into a report, typically replacing 关于 or the place name
 * (format-spec §8 DQ-5). Each injected occurrence gives one flag with its `text:<start>-<end>` range and, when the
 * surrounding official phrase shows it, the word it replaced.
 */
import type { Flag, ParsedReport } from '../report/types';
import { textPath } from './cells';
import { flag } from './flag';
import { BIGRAMS, CONNECTOR_RE, FIRST, STRONG_RE, STRONG_Y, WEAK_TOKEN_RE, lit } from './spam-lexicon';

export interface SpamHit {
  start: number;
  end: number;
  text: string;
  /** The word the insertion stands in for, when the context tells: '关于', '地名', or null. */
  replaced: string | null;
  /** Why it was found: lexicon, an official phrase broken by the insertion, or a title prefix. */
  via: 'lexicon' | 'slot' | 'repeat';
}

const MAX_RUN = 80;
const CONNECTOR_CHARS = /^[,_:|\s·\-!~]+|[,_:|\s·\-!~]+$/g;

/** Grow a strong hit [s, e) over weak tokens and connectors, both directions. */
function grow(text: string, s: number, e: number): [number, number] {
  // rightwards
  for (;;) {
    if (e - s > MAX_RUN) break;
    STRONG_RE.lastIndex = e;
    const sm = STRONG_RE.exec(text);
    if (sm && sm.index === e && sm[0].length) { e += sm[0].length; continue; }
    WEAK_TOKEN_RE.lastIndex = e;
    let m = WEAK_TOKEN_RE.exec(text);
    if (m && m[0].length) { e += m[0].length; continue; }
    CONNECTOR_RE.lastIndex = e;
    m = CONNECTOR_RE.exec(text);
    if (m) {
      // a connector continues the run only if a weak or strong token follows it
      const after = e + 1;
      WEAK_TOKEN_RE.lastIndex = after;
      const w = WEAK_TOKEN_RE.exec(text);
      STRONG_RE.lastIndex = after;
      const st = STRONG_RE.exec(text);
      if ((w && w[0].length) || (st && st.index === after)) { e = after; continue; }
    }
    break;
  }
  // leftwards: longest token ending at s
  for (;;) {
    if (e - s > MAX_RUN || s === 0) break;
    let took = 0;
    for (let k = Math.min(12, s); k >= 1; k--) {
      WEAK_TOKEN_RE.lastIndex = s - k;
      const m = WEAK_TOKEN_RE.exec(text);
      if (m && m[0].length === k && !/^\d+$/.test(m[0])) { took = k; break; }
    }
    if (!took) {
      CONNECTOR_RE.lastIndex = s - 1;
      if (s >= 2 && CONNECTOR_RE.exec(text)) {
        for (let k = Math.min(12, s - 1); k >= 1; k--) {
          WEAK_TOKEN_RE.lastIndex = s - 1 - k;
          const m = WEAK_TOKEN_RE.exec(text);
          if (m && m[0].length === k && !/^\d+$/.test(m[0])) { took = k + 1; break; }
        }
      }
    }
    if (!took) break;
    s -= took;
  }
  // a one-character weak word (的/网/球…) never starts or ends a run on its own beside official text
  const seg = text.slice(s, e);
  const lead = seg.length - seg.replace(/^[,_:|\s·\-!~]+/, '').length;
  const trail = seg.length - seg.replace(/[,_:|\s·\-!~]+$/, '').length;
  return [s + lead, e - trail];
}

/** Words an official document title puts right after 关于 (the slot the spam takes). */
const AFTER_GUANYU = [
  '印发', '进一步', '做好', '加强', '推进', '开展', '切实', '深化', '全面', '建立', '健全', '实施', '贯彻', '转发',
  '调整', '公布', '废止', '修订', '规范', '促进', '落实', '推动', '完善', '报送', '政府信息公开', '政务公开', '我们',
  '《', '对外', '做', '在', '支持', '开展', '加快', '公开'
];
/** What precedes 关于 in an official phrase: an issuer (…办公厅, …人民政府) or a verb of receiving instructions. */
const BEFORE_GUANYU = [
  '办公厅', '办公室', '人民政府', '政府', '委员会', '国务院', '党委', '部', '厅', '局', '委', '院', '和', '及', '与',
  '上级部门', '部门', '结合', '领会', '学习', '执行', '落实', '贯彻', '根据', '按照', '依据', '《', '、', ',', '。', '\n'
];
const AFTER_RE = new RegExp(`^(?:${AFTER_GUANYU.map(lit).join('|')})`);
const BEFORE_RE = new RegExp(`(?:${BEFORE_GUANYU.map(lit).join('|')})$`);
const PLACE_SUFFIX_RE = new RegExp(`^(?:${['综合实验区', '自治州', '自治县', '开发区', '新区', '市', '县', '区', '省', '镇', '乡'].map(lit).join('|')})`);

function replacedWord(text: string, s: number, e: number, noGuanyu: boolean): string | null {
  const before = text.slice(Math.max(0, s - 6), s);
  const after = text.slice(e, e + 8);
  if (PLACE_SUFFIX_RE.test(after) && !/[的在和对]$/.test(before)) return '地名';
  if (AFTER_RE.test(after) && (BEFORE_RE.test(before) || noGuanyu)) return '关于';
  if (/^[\s:：]*我们/.test(after)) return '关于';
  return null;
}

/** Document titles 《…》 of official form without 关于: find an insertion between the issuer and the verb. */
const DOC_TITLE_RE = /《([^《》\n]{6,120})》/g;
const SLOT_RE = new RegExp(
  `(?:办公厅|办公室|人民政府|委员会|国务院|政府|党委|[部厅局委院])([^《》\\n]{2,40}?)(?:${AFTER_GUANYU.slice(0, 24).map(lit).join('|')})`,
  'g'
);
const FOREIGN_RE = /[,_:|A-Za-z]/;

function slotHits(text: string): [number, number][] {
  const out: [number, number][] = [];
  DOC_TITLE_RE.lastIndex = 0;
  for (let m = DOC_TITLE_RE.exec(text); m; m = DOC_TITLE_RE.exec(text)) {
    const body = m[1];
    if (body.includes('关于') || body.includes('關於') || !/(通知|意见|决定|方案|办法|规定|批复|函|意見|決定|規定)$/.test(body)) continue;
    SLOT_RE.lastIndex = 0;
    const sm = SLOT_RE.exec(body);
    if (!sm) continue;
    // the insertion starts after the last issuer word (…办公厅政府信息与政务公开办公室|X|印发)
    let lead = 0;
    for (const im of sm[1].matchAll(/办公厅|办公室|人民政府|委员会|政府|党委|[部厅局委院]/g)) lead = im.index + im[0].length;
    const ins = sm[1].slice(lead);
    if (ins.length < 2) continue;
    STRONG_RE.lastIndex = 0;
    const strong = STRONG_RE.test(ins);
    STRONG_RE.lastIndex = 0;
    if (!FOREIGN_RE.test(ins) && !strong) continue;
    const start = m.index + 1 + sm.index + sm[0].indexOf(sm[1]) + lead;
    out.push([start, start + ins.length]);
  }
  return out;
}

export function findSpam(text: string): SpamHit[] {
  const spans: { s: number; e: number; via: SpamHit['via'] }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const f = FIRST[code];
    if (!f) continue;
    if (f === 1 && !BIGRAMS.has(text.slice(i, i + 2))) continue;
    const latin = (code | 32) >= 97 && (code | 32) <= 122;
    if (latin && i > 0 && /[A-Za-z0-9@.]/.test(text[i - 1])) continue;
    STRONG_Y.lastIndex = i;
    const m = STRONG_Y.exec(text);
    if (!m || !m[0].length) continue;
    const [s, e] = grow(text, m.index, m.index + m[0].length);
    spans.push({ s, e, via: 'lexicon' });
    i = Math.max(e, m.index + m[0].length) - 1;
  }
  for (const [s, e] of slotHits(text)) spans.push({ s, e, via: 'slot' });
  // the same injected string elsewhere in the text
  const seen = new Set(spans.map((x) => text.slice(x.s, x.e)));
  for (const str of seen) {
    if (str.length < 3) continue;
    for (let i = text.indexOf(str); i >= 0; i = text.indexOf(str, i + str.length)) spans.push({ s: i, e: i + str.length, via: 'repeat' });
  }
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  const merged: { s: number; e: number; via: SpamHit['via'] }[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.s < last.e) {
      if (sp.e > last.e) last.e = sp.e;
      if (last.via === 'repeat') last.via = sp.via;
    } else merged.push({ ...sp });
  }
  if (!merged.length) return [];
  const noGuanyu = !/[关關]于|關於/.test(text.replace(new RegExp([...new Set(merged.map((x) => text.slice(x.s, x.e)))].map(lit).join('|'), 'g'), ''));
  const hits: SpamHit[] = merged
    .filter((x) => x.e > x.s)
    .map((x) => ({ start: x.s, end: x.e, text: text.slice(x.s, x.e), via: x.via, replaced: replacedWord(text, x.s, x.e, noGuanyu) }));
  // one occurrence's reading holds for every occurrence of the same string
  const byText = new Map<string, string>();
  for (const h of hits) if (h.replaced && !byText.has(h.text)) byText.set(h.text, h.replaced);
  for (const h of hits) if (!h.replaced) h.replaced = byText.get(h.text) ?? null;
  return hits;
}

export function spamFlags(report: ParsedReport): Flag[] {
  const text = report.text;
  if (!text) return [];
  return findSpam(text).map((h) => {
    const title = !!report.title?.startsWith(h.text) || (h.start < 200 && !h.replaced && /^[\s:：]*$|标题[:：]\s*$/.test(text.slice(Math.max(0, h.start - 8), h.start)));
    const where = h.replaced === '关于' ? '（替换了“关于”）' : h.replaced === '地名' ? '（替换了地名）' : title ? '（标题前缀）' : '';
    const whereEn = h.replaced === '关于' ? ' (replacing "关于")' : h.replaced === '地名' ? ' (replacing the place name)' : title ? ' (title prefix)' : '';
    return flag('SPAM', [textPath(h.start, h.end)], h.replaced, h.text,
      `疑似注入的赌博/广告文本“${h.text}”${where}`,
      `Injected gambling/SEO text "${h.text}"${whereEn}`);
  });
}
