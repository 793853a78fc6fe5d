/** Sizes of what the bench server sends, fetched once per address and cached. */
import { gzipSize } from './stats.ts';

export interface Bytes {
  /** The file as stored (fetch() undoes the server's gzip). */
  raw: number;
  /** The same bytes gzipped at GZIP_LEVEL, as a compressing host sends text. */
  gzip: number;
}

const cache = new Map<string, Promise<Bytes>>();

/** Raw and gzip size of the response body at `url`. */
export function fetchSize(url: string): Promise<Bytes> {
  if (!cache.has(url)) {
    cache.set(
      url,
      fetch(url)
        .then((r) => r.arrayBuffer())
        .then((body) => ({ raw: body.byteLength, gzip: gzipSize(new Uint8Array(body)) })),
    );
  }
  return cache.get(url)!;
}

/** Raw and gzip sizes of several responses, added up. */
export async function fetchSizes(urls: readonly string[]): Promise<Bytes> {
  const sizes = await Promise.all(urls.map(fetchSize));
  return { raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
}
