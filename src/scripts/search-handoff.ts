/**
 * The search boxes outside the search page (the header on every page, the home page's paste box)
 * hand what was typed or pasted to the search page through sessionStorage, never through the
 * address: a pasted bounce holds customers' addresses and must not reach the host's logs. The
 * fields have no name, so that without JavaScript the form still leads to the search page but
 * sends nothing. A multi-line paste into the one-line header box goes straight to the search page
 * with its line breaks, which a one-line field would drop.
 */
import { HANDOFF_KEY } from '../lib/paste.ts';

function handOff(form: HTMLFormElement, text: string) {
  try {
    sessionStorage.setItem(HANDOFF_KEY, text);
  } catch {
    // No storage (or a paste beyond its quota): the search page opens empty, ready for the paste.
  }
  location.assign(form.action);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-handoff]')) {
  const field = form.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-search-field]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (field.value.trim()) handOff(form, field.value);
  });
  if (field instanceof HTMLInputElement) {
    field.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!/\n/.test(text.trim())) return;
      event.preventDefault();
      handOff(form, text);
    });
  }
}
