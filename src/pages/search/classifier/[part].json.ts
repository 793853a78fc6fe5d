/**
 * What the search page needs to tell the reason behind a pasted reply (src/lib/reason-classifier.ts),
 * in two parts: the codes' default reasons (`defaults`, enough for a query of codes only), and every
 * signature's pattern, reason and sender (`signatures`, for text). One file each for every language:
 * patterns and sender names are the same in all.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset } from '../../../data/dataset.ts';
import { classifierData } from '../../../lib/reason-classifier.ts';

export const getStaticPaths = (() => [{ params: { part: 'defaults' } }, { params: { part: 'signatures' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { senders, signatures, ...defaults } = classifierData(dataset);
  const part = params.part === 'signatures' ? { senders, signatures } : defaults;
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
