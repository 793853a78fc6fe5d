/**
 * What kind of text a reader pasted, and what of it may go into an address. A pasted bounce holds
 * customers' addresses: it stays in the page (sessionStorage from one page to the search page),
 * never in a URL, where it would reach the host's logs and the browser's history.
 */

/** The sessionStorage key that carries a query from a search box to the search page. */
export const HANDOFF_KEY = 'smtp-codes:search';

/**
 * The search page's inline script, right after its box: puts a handed-over paste in the box while
 * the page is parsed, so that the first paint shows it instead of an empty box until the page's
 * modules have loaded. It reads and leaves the paste; src/scripts/search-page.ts takes it. The
 * Content Security Policy allows it by its hash (astro.config.mjs).
 */
export const SHOW_HANDOFF_SCRIPT = `try{var q=sessionStorage.getItem(${JSON.stringify(HANDOFF_KEY)});if(q)document.getElementById("search-query").value=q}catch(e){}`;

/** Up to this length, a one-line query without an address may stay in the address bar, so that a search can be linked. */
const MAX_LINKABLE = 200;

/** Whether a query can be shown in the address (`/search/?q=…`): short, one line, and no email address in it. */
export function isLinkable(query: string): boolean {
  const text = query.trim();
  return text.length > 0 && text.length <= MAX_LINKABLE && !/[\r\n]/.test(text) && !text.includes('@');
}

/**
 * Whether a paste is a whole message (or several lines of one) rather than a code, a reply line or
 * words: it starts with header fields, or it has three lines or more.
 */
export function isMessagePaste(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length >= 3) return true;
  return lines.length === 2 && /^[\w-]{2,40}:[ \t]/.test(lines[0]!) && /^[\w-]{2,40}:[ \t]/.test(lines[1]!);
}
