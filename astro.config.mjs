// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // The public address and an optional sub-path come from the environment, so any host can serve the build.
  site: process.env.SITE_URL ?? 'https://smtp-codes.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lossless whitespace removal: the default 'jsx' mode can glue the words of adjacent inline
  // elements together (ARCHITECTURE.md, Traps).
  compressHTML: true,
  i18n: {
    locales: ['en', 'es', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx(), searchIndex()],
});
