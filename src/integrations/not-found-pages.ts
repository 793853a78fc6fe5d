/**
 * Puts each language's 404 page at /{locale}/404.html after the build. Astro writes the page of
 * src/pages/[locale]/404.astro as /{locale}/404/index.html like any other page, but hosts look for
 * a file named 404.html: Cloudflare Pages serves the nearest one up the path, and the Netlify and
 * nginx recipes (README.md, Deploying) name it.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales.ts';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of LOCALES) {
          const folder = join(fileURLToPath(dir), locale, '404');
          const page = join(folder, 'index.html');
          if (!existsSync(page)) throw new Error(`${page}: the 404 page of ${locale} was not built`);
          renameSync(page, join(folder, '..', '404.html'));
          rmdirSync(folder);
        }
      },
    },
  };
}
