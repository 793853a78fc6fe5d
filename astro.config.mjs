// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { hostFiles } from './src/integrations/host-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SHOW_HANDOFF_SCRIPT } from './src/lib/paste.ts';

export default defineConfig({
  // The public address and an optional sub-path come from the environment, so any host can serve the build.
  site: process.env.SITE_URL ?? 'https://smtp-codes.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Rendering a few pages at once keeps the core busy while earlier pages are written to disk: page
  // generation took about a third less time in alternating runs (npm run bench).
  build: { format: 'directory', concurrency: 4 },
  // Lossless whitespace removal: the default 'jsx' mode can glue the words of adjacent inline
  // elements together (docs/architecture.md, Traps).
  compressHTML: true,
  // No page shows highlighted code, and Shiki's inline styles would break the Content Security Policy.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX file's "use astro:head-inject" directive draws this warning from the bundler (486
        // of them, ten lines each); Astro handles the directive itself.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A strict Content Security Policy in a <meta> tag on every page. Astro adds the hashes
  // of the scripts and styles it emits; everything else must come from the site itself.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine, nothing more. The one
  // inline script, on the search page, is allowed by its hash.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(SHOW_HANDOFF_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [mdx(), hostFiles(), searchIndex()],
});
