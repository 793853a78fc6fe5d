/**
 * Content collections over `content/`: prose only, one folder per locale with identical file names
 * (docs/architecture.md). Which files must exist is checked against the dataset by `src/lib/content-files.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Keeps the id equal to the path, so "en/codes/5.1.1.mdx" is "en/codes/5.1.1" (the default slugger drops dots). */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const sentence = z.string().trim().min(20).max(200);
const summariesByClass = z
  .strictObject({ '2': sentence.optional(), '4': sentence.optional(), '5': sentence.optional() })
  .refine((s) => Object.keys(s).length > 0, 'give a summary for at least one class');

const codes = defineCollection({
  loader: glob({ pattern: '*/codes/*.mdx', base: './content', generateId: idFromPath }),
  schema: z.strictObject({
    /** The code's short name in the file's language, without the number. */
    title: z.string().trim().min(3).max(70),
    /**
     * One sentence: what happened and what to do; also the page's meta description. An enhanced
     * code's file serves each class variant of its registry row, so it gives one per class.
     */
    summary: z.union([sentence, summariesByClass]),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '*/pages/*.mdx', base: './content', generateId: idFromPath }),
  schema: z.strictObject({
    title: z.string().trim().min(3).max(70),
    description: z.string().trim().min(20).max(200),
  }),
});

/** The prose of each reason behind a bounce (docs/architecture.md, Reasons); the facts are in src/data/reasons.ts. */
const reasons = defineCollection({
  loader: glob({ pattern: '*/reasons/*.mdx', base: './content', generateId: idFromPath }),
  schema: z.strictObject({
    /** The reason's short name in the file's language. */
    title: z.string().trim().min(3).max(70),
    /** What happened, in one or two sentences; also the meta description and the line in lists. */
    summary: sentence,
    /** What to do next, in one line: shown in search answers, bounce reports and code pages. */
    advice: z.string().trim().min(20).max(140),
    /** Words people type when looking for this problem in the file's language; search indexes them. */
    aliases: z.array(z.string().trim().min(2).max(60)).min(3).max(12),
  }),
});

/** Hand-written notes for pairs of codes that people confuse, shown on the generated comparison. */
const compareNotes = defineCollection({
  loader: glob({ pattern: '*/compare/*.mdx', base: './content', generateId: idFromPath }),
  schema: z.strictObject({}),
});

export const collections = { codes, reasons, pages, compareNotes };
