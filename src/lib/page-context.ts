/**
 * What a page tells the components it renders, prose components included: its locale, its kind and
 * the entry it is about. Pages set it on `Astro.locals.page` before rendering, the way Starlight
 * passes its route data, so that no component has to parse the page's address to find its entry.
 */
import type { BasicCode } from '../data/dataset.ts';
import type { EnhancedCode } from '../data/enhanced.ts';
import type { Reason } from '../data/reason-schema.ts';
import type { Locale } from '../i18n/locales.ts';

export type PageContext =
  | { locale: Locale; kind: 'code'; basic: BasicCode; enhanced?: never }
  | { locale: Locale; kind: 'code'; enhanced: EnhancedCode; basic?: never }
  | { locale: Locale; kind: 'reason'; reason: Reason }
  | { locale: Locale; kind: 'page' };

/** The page context, or an error naming the component that needed it and the page it was on. */
export function requirePageContext(page: PageContext | undefined, component: string, path: string): PageContext {
  if (!page) throw new Error(`${component} on ${path}: the page did not set Astro.locals.page (src/lib/page-context.ts)`);
  return page;
}

/** The code of a code page's context, or an error naming the component that needed it. */
export function requireCode(page: PageContext | undefined, component: string, path: string): BasicCode | EnhancedCode {
  const context = requirePageContext(page, component, path);
  const code = context.kind === 'code' ? (context.basic ?? context.enhanced) : undefined;
  if (!code) throw new Error(`${component} on ${path}: not a code page`);
  return code;
}
