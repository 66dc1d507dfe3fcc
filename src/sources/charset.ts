import { decodeArticle, tooLarge } from '../input/decode.js';

/**
 * An HTML page's text in its declared charset (the HTTP Content-Type, then a
 * <meta charset> in the first 2 KB), UTF-8 with decodeArticle's checks when
 * none is declared. Old news pages in Latin-1 or Windows-1252 are common.
 */
export function decodeHtml(body: Uint8Array, contentType: string, maxBytes: number, label: string): string {
  const head = Buffer.from(body.subarray(0, 2048)).toString('latin1');
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  const charset = declared?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return decodeArticle(body, { label, maxBytes });
  if (body.length > maxBytes) throw tooLarge(label, body.length, maxBytes);
  try {
    return new TextDecoder(charset).decode(body).replace(/\r\n?/g, '\n');
  } catch {
    return decodeArticle(body, { label, maxBytes }); // a charset name Node does not know
  }
}
