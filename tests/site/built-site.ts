/**
 * The built site (`dist/`) read back for the whole-site sweeps: every HTML page parsed
 * once into the facts the sweeps check. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Parser } from 'htmlparser2';

export const DIST = 'dist';

/** A reference from a page to an address: a link, a resource, a form target or a redirect. */
export interface Reference {
  /** Where it was found, e.g. `a[href]`. */
  source: string;
  url: string;
}

/** What one page declares, as the sweeps need it. */
export interface PageFacts {
  /** The page's address on the site, e.g. `/en/codes/550/` or `/404.html`. */
  path: string;
  lang: string;
  title: string;
  description: string;
  canonical: string;
  noindex: boolean;
  /** Whether search indexes the page: it marks its content with `data-pagefind-body`. */
  searchable: boolean;
  ids: Set<string>;
  references: Reference[];
  /** The policy of `<meta http-equiv="content-security-policy">`, if any. */
  csp: string | undefined;
  /** Scripts, styles and stylesheets met before the policy: a meta policy only governs what follows it. */
  beforeCsp: string[];
  /** Text of inline scripts that run (not JSON data blocks) and of `<style>` elements. */
  inlineScripts: string[];
  inlineStyles: string[];
  /** Attributes a strict policy blocks: `style="…"` and `on…` event handlers. */
  inlineAttributes: string[];
}

/** The attributes that point somewhere, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Every HTML file under `dist/`, as site addresses: `dist/en/index.html` is `/en/`. */
export function htmlPaths(dir = DIST): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}/: run npm run build first`);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The file that serves a site address, as a static host maps it (directory → index.html). */
export function fileOf(path: string, dir = DIST): string {
  const clean = decodeURIComponent(path);
  return join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Parses one page. */
export function readPage(path: string, dir = DIST): PageFacts {
  const html = readFileSync(fileOf(path, dir), 'utf8');
  const page: PageFacts = {
    path,
    lang: '',
    title: '',
    description: '',
    canonical: '',
    noindex: false,
    searchable: false,
    ids: new Set(),
    references: [],
    csp: undefined,
    beforeCsp: [],
    inlineScripts: [],
    inlineStyles: [],
    inlineAttributes: [],
  };
  let text: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id !== undefined) page.ids.add(attrs.id);
        if (attrs['data-pagefind-body'] !== undefined) page.searchable = true;
        for (const attr of Object.keys(attrs)) {
          if (attr === 'style' || /^on[a-z]+$/.test(attr)) page.inlineAttributes.push(`<${name} ${attr}>`);
        }
        for (const attr of URL_ATTRIBUTES[name] ?? []) {
          const value = attrs[attr];
          if (value === undefined) continue;
          const urls = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value];
          for (const url of urls) page.references.push({ source: `${name}[${attr}]`, url });
        }
        if (name === 'html') page.lang = attrs.lang ?? '';
        if (name === 'title' || (name === 'script' && !attrs.src && attrs.type !== 'application/json') || name === 'style') text = [];
        if (name === 'meta') {
          const equiv = attrs['http-equiv']?.toLowerCase();
          if (attrs.name === 'description') page.description = attrs.content ?? '';
          if (attrs.name === 'robots') page.noindex = /noindex/.test(attrs.content ?? '');
          if (equiv === 'content-security-policy') page.csp = attrs.content ?? '';
          if (equiv === 'refresh') {
            const url = /url=(.*)$/i.exec(attrs.content ?? '')?.[1];
            if (url) page.references.push({ source: 'meta[http-equiv=refresh]', url: url.trim() });
          }
        }
        if (name === 'link' && attrs.rel === 'canonical') page.canonical = attrs.href ?? '';
        const loadsCode = (name === 'script' && attrs.type !== 'application/json') || name === 'style' || (name === 'link' && attrs.rel === 'stylesheet');
        if (loadsCode && page.csp === undefined) page.beforeCsp.push(name);
      },
      ontext(data) {
        text?.push(data);
      },
      onclosetag(name) {
        if (!text) return;
        if (name === 'title') page.title = text.join('').trim();
        if (name === 'script') page.inlineScripts.push(text.join(''));
        if (name === 'style') page.inlineStyles.push(text.join(''));
        text = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return page;
}

/** Every page of the built site, parsed, by address. */
export function readSite(dir = DIST): Map<string, PageFacts> {
  return new Map(htmlPaths(dir).map((path) => [path, readPage(path, dir)]));
}
