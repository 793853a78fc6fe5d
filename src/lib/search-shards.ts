/**
 * The search page's code data is cut into shards, so that a query loads the codes it names and little
 * more: basic codes by class ("5xx"); enhanced codes by class, subject and tens of the detail
 * ("5.7.0x" holds 5.7.0–5.7.9), and the codes that providers number from 100 up in one shard per
 * subject ("5.7.xxx"), where their documented ranges (4.7.500–4.7.699) sit with the codes they
 * contain. A shard is 1–2 KB compressed. Pure: the data files and the page share it.
 */
import type { Analysis } from './bounce-analyzer.ts';

/** The shard that holds a code: "5xx" for 550, "5.7.0x" for 5.7.1, "4.7.xxx" for 4.7.650. */
export function codeShard(code: string): string {
  const [cls, subject, detail] = code.split('.');
  if (subject === undefined) return `${code[0]}xx`;
  const n = Number(detail);
  return n >= 100 ? `${cls}.${subject}.xxx` : `${cls}.${subject}.${Math.floor(n / 10)}x`;
}

/** The shards a query's direct answer reads: those of the codes it names, each once. */
export function shardsOf(codes: readonly string[]): string[] {
  return [...new Set(codes.map(codeShard))];
}

/** The codes an analysed query names, including the two of a comparison. */
export function codesOf(analysis: Analysis): string[] {
  return [...analysis.codes.map((c) => c.code), ...(analysis.compare ?? [])];
}
