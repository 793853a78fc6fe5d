/**
 * The 404 page in the browser: keeps the language of the address (or of the browser) when the page
 * speaks several, and on a code-shaped address says what the code's digits mean and links the
 * nearest codes this reference has. Every sentence comes from templates the page rendered; the
 * address is read, never sent anywhere.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { chooseLocale } from '../lib/choose-locale.ts';
import { codeInAddress, codeShape, nearestCodes } from '../lib/code-digits.ts';
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

/** A copy of a rendered template with its <code> elements set to `values`, in order. */
function fromTemplate(key: string, ...values: string[]): Node | undefined {
  const template = section.querySelector<HTMLTemplateElement>('template')!.content.querySelector(`[data-template="${key}"]`);
  if (!template) return undefined;
  const copy = template.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('code').forEach((el, i) => (el.textContent = values[i] ?? el.textContent));
  return copy;
}

async function describe(code: string) {
  const shape = codeShape(code)!;
  const box = section.querySelector<HTMLElement>('.code-digits')!;
  const text = box.querySelector('.code-digits-text')!;
  const digit = (d: string, meaning: string | undefined) => (meaning === undefined ? 'x' : d);
  text.append(
    ...[
      fromTemplate('unknown', code),
      fromTemplate(`${shape.kind}-class-${digit(shape.classDigit, shape.class)}`, shape.classDigit),
      fromTemplate(`${shape.kind}-subject-${digit(shape.subjectDigit, shape.subject)}`, shape.subjectDigit),
    ].filter((n): n is Node => n !== undefined),
  );
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
