/**
 * Copy controls on code, comparison and guide pages: a "copy link" button after every
 * section heading that has an id, and "copy for ticket" where the page offers it. A small
 * enhancement: without JavaScript the section ids still work as links.
 */
import { ticketText } from '../lib/ticket-text.ts';

const strings = JSON.parse(document.getElementById('copy-strings')?.textContent ?? '{}') as Record<string, string>;
const status = document.getElementById('copy-status');

async function copy(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = strings.done ?? '';
  } catch {
    if (status) status.textContent = strings.failed ?? '';
  }
}

for (const heading of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = strings.link ?? '';
  button.setAttribute('aria-label', (strings.linkTo ?? '').replace('{section}', heading.textContent?.trim() ?? ''));
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.hash = heading.id;
    history.replaceState(null, '', url);
    void copy(url.href);
  });
  // After the heading, not inside it: its name stays the section's title for screen readers.
  heading.after(button);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-ticket-code]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.hash = '';
    void copy(ticketText(button.dataset.ticketCode!, button.dataset.ticketTitle!, url.href));
  });
}
