/**
 * What the search page needs to tell the reason behind a pasted reply (src/lib/reason-classifier.ts):
 * every signature's pattern, reason and sender, and the codes' default reasons. One file for every
 * language: patterns and sender names are the same in all.
 */
import type { APIRoute } from 'astro';
import { dataset } from '../../data/dataset.ts';
import { classifierData } from '../../lib/reason-classifier.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(classifierData(dataset)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
