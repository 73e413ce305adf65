/** Per-fragment text cleaning for linearised HTML (keeps offsets stable: the document text is built from cleaned fragments). */
export function cleanInline(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ');
}

/** Cell text: `<br>` (given as \n) joined without a gap, whitespace collapsed and trimmed. */
export function cleanCell(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[ \t\u00a0\u3000\u200b\ufeff]*\n[ \t\u00a0\u3000\u200b\ufeff]*/g, '')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ')
    .trim();
}

export function rawCell(s: string): string {
  return s.replace(/\u00a0/g, '&nbsp;').replace(/\n/g, '<br>').trim();
}
