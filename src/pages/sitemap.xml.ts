/**
 * /sitemap.xml: the language chooser at `/`, and every page in every locale, each with its language
 * alternates. Redirects and the 404 page are left out: they are not indexed.
 */
import type { APIRoute } from 'astro';
import { REASON_IDS } from '../data/reason-schema.ts';
import { basicCodes, enhancedCodes } from '../data/dataset.ts';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { withBase } from '../lib/routes.ts';
import { localizedPages } from '../lib/site-pages.ts';

const pages = localizedPages(
  basicCodes.map((c) => c.code),
  enhancedCodes.map((e) => e.code),
  REASON_IDS,
);

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => new URL(withBase(path), site).href;
  const entries = pages.flatMap((page) =>
    LOCALES.map(
      (locale) =>
        `<url><loc>${url(page[locale])}</loc>${LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(page[l])}"/>`).join('')}<xhtml:link rel="alternate" hreflang="x-default" href="${url(page[DEFAULT_LOCALE])}"/></url>`,
    ),
  );
  const root = `<url><loc>${new URL(withBase('/'), site).href}</loc></url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[root, ...entries].join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
