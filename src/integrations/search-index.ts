/**
 * Builds the Pagefind index as the last step of `astro build`: one index per page language, Japanese
 * with the segmentation of the extended binary that the npm package ships. Any indexing error fails
 * the build; the astro-pagefind integration would only log it.
 *
 * Under `astro dev` it serves the index of the last build, so that full-text search works while
 * editing; without one, the search page says that `npm run build` writes it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { basicCodes, enhancedCodes } from '../data/dataset.ts';

/** Every code with a page of its own (a code inside a documented range only leads to its range). */
const PAGE_CODES = [...basicCodes, ...enhancedCodes].map((c) => c.code);

/**
 * The pages Pagefind reads: the top-level pages of each locale, the code and reason pages, and of
 * the comparisons only those with a hand-written note (src/pages/[locale]/compare/[pair].astro).
 * Naming them spares Pagefind parsing thousands of generated comparisons and redirects that it
 * would skip anyway: half its time in the build. Pages without `data-pagefind-body` among the rest
 * (search, 404, short links) are still skipped.
 */
export function searchGlob(codes: readonly string[], notedComparisons: readonly string[]): string {
  const compare = notedComparisons.length > 0 ? [`*/compare/{${notedComparisons.join(',')}}/index.html`] : [];
  return `{${['index.html', '*/index.html', '*/*/index.html', `*/codes/{${codes.join(',')}}/index.html`, '*/reasons/*/index.html', ...compare].join(',')}}`;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Word positions per index chunk. A first full-text search downloads the chunk of each word it looks
 * up. Pagefind's default, 20,000 positions (about 28 KB), would make one word cost more than the
 * rest of a query's index and fragments together; at 2,000 a chunk is 2–5 KB, and a locale's index
 * is a dozen of them. Pagefind 1.6 reads this from its environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
 * pagefind/src/options.rs); tests/site/sweeps.test.ts checks that it still takes effect.
 *
 * What is indexed is small on purpose: a page's h1, a reason's other names, and every meta value
 * (Pagefind indexes meta since 1.5), of which the lead as `summary`. Those answer the words people
 * type; codes and reply lines are answered by the search page without Pagefind, and the body is read
 * on the page itself. Each result's fragment then holds a few hundred bytes instead of the page.
 */
const INDEX_CHUNK_POSITIONS = 2000;

export function searchIndex(): AstroIntegration {
  let notedComparisons: string[] = [];
  let outDir = '';
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Every locale has the same notes (tests/unit/translations.test.ts); the English ones name them.
        const notes = join(fileURLToPath(config.root), 'content/en/compare');
        notedComparisons = readdirSync(notes).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length));
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = normalize(join(outDir, 'pagefind', decodeURIComponent(url.slice(prefix.length))));
          if (!file.startsWith(join(outDir, 'pagefind')) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            return res.end('No search index: run `npm run build` once to write it.');
          }
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          // The Pagefind binary is a child process: it inherits this environment.
          process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_POSITIONS);
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: searchGlob(PAGE_CODES, notedComparisons) });
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
