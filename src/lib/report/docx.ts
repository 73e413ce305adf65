/** DOCX → HTML with mammoth (tables keep their merged cells), then the HTML path. Node and browser. */

export async function docxToHtml(bytes: Uint8Array): Promise<{ ok: true; html: string } | { ok: false; reason: string }> {
  try {
    const mod = (await import('mammoth')) as unknown as {
      convertToHtml?: (input: object) => Promise<{ value: string }>;
      default?: { convertToHtml: (input: object) => Promise<{ value: string }> };
    };
    const convert = mod.convertToHtml ?? mod.default!.convertToHtml;
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`.
    const { value } = await convert({ buffer: bytes, arrayBuffer });
    return { ok: true, html: value };
  } catch (e) {
    return { ok: false, reason: `unreadable DOCX: ${(e as Error)?.message ?? String(e)}` };
  }
}
