/**
 * Bytes → kind + text. Recognises DOCX (zip with word/document.xml), PDF, HTML, markdown and plain text;
 * decodes UTF-8 (with or without BOM), UTF-16 (BOM) and GBK/GB18030. Never throws.
 */

export type InputKind = 'html' | 'text' | 'markdown' | 'docx' | 'pdf';

export type Decoded =
  | { ok: true; kind: 'docx'; bytes: Uint8Array; truncated: boolean }
  | { ok: true; kind: 'pdf'; bytes: Uint8Array; truncated: boolean }
  | { ok: true; kind: 'html' | 'text' | 'markdown'; text: string; encoding: string; truncated: boolean }
  | { ok: false; reason: string };

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

function indexOfAscii(b: Uint8Array, s: string, from = 0, to = b.length): number {
  const first = s.charCodeAt(0);
  const end = Math.min(to, b.length) - s.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    if (b[i] !== first) continue;
    for (let j = 1; j < s.length; j++) if (b[i + j] !== s.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** NUL, or control bytes other than tab/newline/CR/FF/ESC, in the first 4 KB mark binary content (UTF-16 handled before). */
function looksBinary(b: Uint8Array): boolean {
  const head = b.subarray(0, 4096);
  if (head.indexOf(0) >= 0) return true;
  let ctrl = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) ctrl++;
  }
  return ctrl > head.length * 0.01 + 2;
}

/** Length of an incomplete UTF-8 sequence at the very end of b (0 if none). */
function trailingPartialUtf8(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

const decoders = new Map<string, TextDecoder>();

const lenientUtf8 = new TextDecoder('utf-8');

function tryDecode(label: string, b: Uint8Array): string | null {
  if (label === 'utf-8') {
    // Replacement decoding is faster than fatal decoding; with no U+FFFD in the result the bytes were valid
    // UTF-8 and the text is what the fatal decoder gives.
    const t = lenientUtf8.decode(b);
    if (!t.includes('\ufffd')) return t;
  }
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label, { fatal: true })));
  try {
    return d.decode(b);
  } catch {
    return null;
  }
}

/** Decode text bytes: BOM, then strict UTF-8, then strict GB18030 (a superset of GBK). */
export function decodeText(b: Uint8Array): { text: string; encoding: string; truncated: boolean } | null {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) {
    const t = tryDecode('utf-8', b.subarray(3));
    if (t !== null) return { text: t, encoding: 'utf-8', truncated: false };
    const cut = trailingPartialUtf8(b);
    if (cut) {
      const t2 = tryDecode('utf-8', b.subarray(3, b.length - cut));
      if (t2 !== null) return { text: t2, encoding: 'utf-8', truncated: true };
    }
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8', truncated: false };
  }
  if (startsWith(b, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le', truncated: b.length % 2 === 1 };
  if (startsWith(b, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be', truncated: b.length % 2 === 1 };
  const u = tryDecode('utf-8', b);
  if (u !== null) return { text: u, encoding: 'utf-8', truncated: false };
  const cut = trailingPartialUtf8(b);
  if (cut) {
    const u2 = tryDecode('utf-8', b.subarray(0, b.length - cut));
    if (u2 !== null) return { text: u2, encoding: 'utf-8', truncated: true };
  }
  // UTF-8 with a few damaged bytes stays UTF-8 (GB18030 would accept most UTF-8 byte pairs as mojibake).
  const lossy = new TextDecoder('utf-8').decode(b);
  const bad = lossy.split('\ufffd').length - 1;
  if (bad <= Math.max(3, lossy.length * 0.002) && /[\u3400-\u9fff]/.test(lossy)) return { text: lossy, encoding: 'utf-8', truncated: false };
  const g = tryDecode('gb18030', b);
  if (g !== null) return { text: g, encoding: 'gb18030', truncated: false };
  // A GBK file cut inside a double-byte character.
  if (b.length > 1 && b[b.length - 1] >= 0x81) {
    const g2 = tryDecode('gb18030', b.subarray(0, b.length - 1));
    if (g2 !== null) return { text: g2, encoding: 'gb18030', truncated: true };
  }
  return null;
}

const HTML_HEAD = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|table|p|section|article)\b/i;

function sniffTextKind(text: string): 'html' | 'text' | 'markdown' {
  const head = text.slice(0, 4096);
  if (HTML_HEAD.test(head)) return 'html';
  const tags = text.slice(0, 200_000).match(/<(?:td|tr|table|p|div|br)\b[^>]*>/gi);
  if (tags && tags.length >= 20) return 'html';
  if (!text.includes('|')) return 'text';
  const head2 = text.length > 100_000 ? text.slice(0, 100_000) : text;
  const pipeRows = head2.match(/^\s*\|.*\|\s*$/gm);
  const sepRows = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m.test(head2);
  if (sepRows && pipeRows && pipeRows.length >= 5) return 'markdown';
  return 'text';
}

/** No report is this large: bigger inputs are rejected before any parsing (bounded time on hostile files). */
export const MAX_BINARY_BYTES = 64 * 1024 * 1024;
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_BINARY_BYTES) return { ok: false, reason: `file too large for a report (${mb(bytes.length)} MB > ${mb(MAX_BINARY_BYTES)} MB)` };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (indexOfAscii(bytes, 'word/document.xml') < 0) return { ok: false, reason: 'zip archive that is not a DOCX document' };
    const truncated = indexOfAscii(bytes, 'PK\u0005\u0006', Math.max(0, bytes.length - 65_600)) < 0;
    return { ok: true, kind: 'docx', bytes, truncated };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, reason: 'legacy binary Office document (.doc/.xls) is not supported' };
  const pdfAt = indexOfAscii(bytes, '%PDF-', 0, 1024);
  if (pdfAt >= 0) {
    const truncated = indexOfAscii(bytes, '%%EOF', Math.max(0, bytes.length - 2048)) < 0;
    return { ok: true, kind: 'pdf', bytes, truncated };
  }
  if (bytes.length > MAX_HTML_BYTES) return { ok: false, reason: `file too large for a report (${mb(bytes.length)} MB > ${mb(MAX_HTML_BYTES)} MB)` };
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && looksBinary(bytes)) return { ok: false, reason: 'binary file, not a text, HTML, DOCX or PDF report' };
  const d = decodeText(bytes);
  if (!d) return { ok: false, reason: 'undecodable text: neither UTF-8 nor GBK/GB18030' };
  if (d.text.trim() === '') return { ok: false, reason: 'empty file' };
  const kind = sniffTextKind(d.text);
  if (kind !== 'html' && bytes.length > MAX_TEXT_BYTES) return { ok: false, reason: `file too large for a report (${mb(bytes.length)} MB > ${mb(MAX_TEXT_BYTES)} MB)` };
  return { ok: true, kind, text: d.text, encoding: d.encoding, truncated: d.truncated };
}
