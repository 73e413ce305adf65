/**
 * Per-fragment text cleaning for linearised HTML. The document text is built from cleaned fragments, so the
 * offsets recorded while building it are offsets of the final normalised text.
 */
import { normalizeText } from '../normalize';

export function cleanInline(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ');
}

/** Cell text: `<br>` (given as \n) joined without a gap, whitespace collapsed and trimmed. */
export function cleanCell(s: string): string {
  return normalizeText(s)
    .replace(/ *\n */g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function rawCell(s: string): string {
  return s.replace(/\u00a0/g, '&nbsp;').replace(/\n/g, '<br>').trim();
}
