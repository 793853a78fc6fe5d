/**
 * /sitemap.xml: the language chooser at `/`, and every page in every locale, each with its language
 * alternates (issue 7). Redirects and the 404 page are left out: they are not indexed.
 */
import type { APIRoute } from 'astro';
import { basicCodes, enhancedCodes } from '../data/dataset.ts';
import { LOCALES } from '../i18n/locales.ts';
import { withBase } from '../lib/routes.ts';
import { localizedPagePaths } from '../lib/site-pages.ts';

const paths = localizedPagePaths(
  basicCodes.map((c) => c.code),
  enhancedCodes.map((e) => e.code),
);

export const GET: APIRoute = ({ site }) => {
  const url = (locale: string, path: string) => new URL(withBase(`/${locale}${path}`), site).href;
  const entries = paths.flatMap((path) =>
    LOCALES.map(
      (locale) =>
        `<url><loc>${url(locale, path)}</loc>${LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(l, path)}"/>`).join('')}<xhtml:link rel="alternate" hreflang="x-default" href="${url('en', path)}"/></url>`,
    ),
  );
  const root = `<url><loc>${new URL(withBase('/'), site).href}</loc></url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[root, ...entries].join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
