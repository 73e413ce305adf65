/**
 * Traditional → Simplified, only when a text is detectably Traditional (mirrors and big5 gateways re-serve
 * reports in Traditional characters). opencc-js is loaded lazily: most reports never need it.
 */

/** Frequent report characters that exist only in Traditional script (each converts under opencc t→cn). */
export const TRADITIONAL_ONLY =
  '國務辦廳資訊開關於報數總計為與個們會這說來時對發佈經濟機構規範條門網應據進實現問題況業從體續讓將還後專區縣鎮鄉級決復議訴訟結員見統舉證認審頁點擊錄號費償則產權歸設無論學術醫療衛車線連雖該並樣種類須雙聽護圍職責籌導變動態歷監參標準價質處請維糾複轉兩錢屬險穩內過執檢詢獲補繳紙廢當記畫傳絡廣電視聞週劃愛驗黨環場龍陳劉張楊趙鄭黃蘇葉吳筆項';
const TRAD_CODES = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) TRAD_CODES[TRADITIONAL_ONLY.charCodeAt(i)] = 1;
const QUICK = ['國', '務', '開', '報', '為', '這', '會', '於', '們', '個', '關', '資', '處', '請', '數', '與'];

/** Share of CJK characters that are Traditional-only, over the first 20,000 characters. */
export function traditionalRatio(text: string): { trad: number; cjk: number; ratio: number } {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // Fast exit: a report in Traditional script is bound to use some of these.
  if (!QUICK.some((c) => head.includes(c))) return { trad: 0, cjk: 0, ratio: 0 };
  // Counted in one pass over char codes (the same counts as matching TRAD and CJK, without match arrays).
  let trad = 0;
  let cjk = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (TRAD_CODES[c]) trad++;
    }
  }
  if (trad === 0) return { trad: 0, cjk: 0, ratio: 0 };
  return { trad, cjk, ratio: cjk ? trad / cjk : 0 };
}

/** Enough Traditional-only characters, and a large enough share of them, to be a Traditional text. */
export const isTraditional = (text: string): boolean => {
  const { trad, ratio } = traditionalRatio(text);
  return trad >= 8 && ratio >= 0.03;
};

type Convert = (s: string) => string;
let converter: Promise<Convert> | null = null;

async function getConverter(): Promise<Convert> {
  converter ??= import('opencc-js/t2cn').then((m) => {
    const mod = m as unknown as { Converter?: (o: { from: string; to: string }) => Convert; default?: { Converter: (o: { from: string; to: string }) => Convert } };
    const make = mod.Converter ?? mod.default!.Converter;
    return make({ from: 'tw', to: 'cn' });
  });
  return converter;
}

/** Returns the text converted to Simplified when it is Traditional, else unchanged. */
export async function toSimplified(text: string): Promise<{ text: string; converted: boolean }> {
  if (!isTraditional(text)) return { text, converted: false };
  const conv = await getConverter();
  return { text: conv(text), converted: true };
}
