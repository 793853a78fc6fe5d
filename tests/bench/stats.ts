/** Small numeric helpers shared by the benchmark's measurements. */
import { gzipSync } from 'node:zlib';

/** zlib level for every gzip figure: 6 is zlib's default and what CDNs and web servers commonly use. */
export const GZIP_LEVEL = 6;

/** Bytes of `data` once gzip-compressed at GZIP_LEVEL. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}

/** Bytes of `text` in UTF-8, as a server sends it. */
export function utf8Size(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The value below which `p` percent of `values` fall (nearest rank); 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Median and maximum, the two figures reported for every size distribution. */
export function medianMax(values: readonly number[]): { median: number; max: number } {
  return { median: percentile(values, 50), max: values.length ? Math.max(...values) : 0 };
}

/** Sum of `values`. */
export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Kibibytes, the unit every size is printed in. */
export function kib(bytes: number): number {
  return bytes / 1024;
}
