/**
 * Copy controls on code, reason, comparison and guide pages: a quiet "copy link" button after
 * every section heading that has an id (shown on hover and focus), and "copy for ticket" where the
 * page offers it. A small enhancement: without JavaScript the section ids still work as links.
 */
import { pageTicketText } from '../lib/ticket-text.ts';
import { copyWithConfirmation } from './clipboard.ts';

const strings = JSON.parse(document.getElementById('copy-strings')?.textContent ?? '{}') as Record<string, string>;
const status = document.getElementById('copy-status');
const copyStrings = { copied: strings.copied ?? '', done: strings.done ?? '', failed: strings.failed ?? '' };

for (const heading of document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  const label = document.createElement('span');
  label.className = 'copy-label';
  label.textContent = strings.link ?? '';
  button.append(label);
  button.setAttribute('aria-label', (strings.linkTo ?? '').replace('{section}', heading.textContent?.trim() ?? ''));
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.hash = heading.id;
    history.replaceState(null, '', url);
    void copyWithConfirmation(url.href, button, copyStrings, status);
  });
  // Beside the heading, not inside it: its name stays the section's title for screen readers.
  const row = document.createElement('div');
  row.className = 'section-heading';
  heading.replaceWith(row);
  row.append(heading, button);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-ticket-lines]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.search = '';
    url.hash = button.dataset.ticketAnchor ?? '';
    const lines = JSON.parse(button.dataset.ticketLines ?? '[]') as string[];
    void copyWithConfirmation(pageTicketText(lines, url.href), button, copyStrings, status);
  });
}
