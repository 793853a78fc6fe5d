/**
 * Builds the Pagefind index as the last step of `astro build` (issue 6): one index per page
 * language, Japanese with the segmentation of the extended binary that the npm package ships.
 * Any indexing error fails the build; the astro-pagefind integration would only log it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind reads: all but the comparisons, of which only those with a hand-written note
 * are indexed (src/pages/[locale]/compare/[pair].astro). Naming those spares Pagefind parsing 5,600
 * generated comparisons and redirects that it would skip anyway: half its time in the build.
 * Pages without `data-pagefind-body` among the rest (search, 404, short links) are still skipped.
 */
export function searchGlob(notedComparisons: readonly string[]): string {
  const compare = notedComparisons.length > 0 ? [`*/compare/{${notedComparisons.join(',')}}/index.html`] : [];
  return `{${['index.html', '*/index.html', '*/*/index.html', '*/codes/*/index.html', ...compare].join(',')}}`;
}

export function searchIndex(): AstroIntegration {
  let notedComparisons: string[] = [];
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Every locale has the same notes (tests/unit/translations.test.ts); the English ones name them.
        const notes = join(fileURLToPath(config.root), 'content/en/compare');
        notedComparisons = readdirSync(notes).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: searchGlob(notedComparisons) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`read ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
