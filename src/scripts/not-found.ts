/**
 * The 404 page in the browser: keeps the language of the address (or of the browser) when the page
 * speaks several, and on a code-shaped address says what the code's digits mean and links the
 * nearest codes this reference has. Every sentence comes from templates the page rendered; the
 * address is read, never sent anywhere.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { chooseLocale } from '../lib/choose-locale.ts';
import { codeInAddress, nearestCodes } from '../lib/code-digits.ts';
import { describeUnknownCode } from './code-digits.ts';
import { codePath, searchDataPath, withBase } from '../lib/routes.ts';
import type { SearchCode } from '../lib/search-answer.ts';

const base = import.meta.env.BASE_URL;
const path = '/' + location.pathname.slice(base.replace(/\/$/, '').length).replace(/^\//, '');
const sections = [...document.querySelectorAll<HTMLElement>('section.not-found[data-locale]')];
const locales = sections.map((s) => s.dataset.locale).filter(isLocale);
const first = path.split('/').find((p) => p !== '');
const locale: Locale = isLocale(first) && locales.includes(first) ? first : chooseLocale(navigator.languages ?? [], locales, DEFAULT_LOCALE);
const section = sections.find((s) => s.dataset.locale === locale) ?? sections[0]!;

if (sections.length > 1) {
  for (const other of sections) other.hidden = other !== section;
  section.dataset.chosen = '';
  document.documentElement.lang = section.lang;
  const heading = section.querySelector('h1, h2')!;
  document.title = heading.textContent ?? document.title;
}

const code = codeInAddress(path);
if (code) void describe(code);

async function describe(code: string) {
  const box = section.querySelector<HTMLElement>('.code-digits')!;
  box.querySelector('.code-digits-text')!.append(...describeUnknownCode(section.querySelector('template.code-digit-templates')!, code));
  box.hidden = false;
  const list = box.querySelector('ul')!;
  try {
    const codes = (await (await fetch(withBase(searchDataPath(locale), base))).json()) as SearchCode[];
    const titles = new Map(codes.map((c) => [c.c, c.t]));
    for (const near of nearestCodes(code, [...titles.keys()])) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = withBase(codePath(locale, near), base);
      const number = document.createElement('code');
      number.className = 'code-number';
      number.textContent = near;
      const title = document.createElement('span');
      title.className = 'code-title';
      title.textContent = titles.get(near) ?? '';
      link.append(number, ' ', title);
      item.append(link);
      list.append(item);
    }
  } catch {
    // Without the list of codes the digits' meaning still stands; the links below lead on.
  }
  list.previousElementSibling!.toggleAttribute('hidden', list.children.length === 0);
}
