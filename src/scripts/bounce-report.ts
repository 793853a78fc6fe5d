/**
 * The bounce report on the search page (#bounce-report): one row per recipient with its address,
 * what happened, the reason with its advice, the codes, the server that answered and that server's
 * own words, then "copy for ticket". Loaded only when a whole message is pasted; everything from
 * the paste is set as text, never as HTML. The message is read in a worker (./message-reader.ts).
 */
import { format } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { MAX_MESSAGE_LENGTH, type BounceRecipient, type BounceReport } from '../lib/bounce/report.ts';
import type { ReasonId } from '../data/reason-ids.ts';
import { reasonPath } from '../lib/routes.ts';
import type { SearchReason } from '../lib/search-answer.ts';
import { reportTicketText, type TicketTemplates } from '../lib/ticket-text.ts';
import { copyWithConfirmation } from './clipboard.ts';

export interface ReportStrings {
  title: string;
  kinds: Record<string, string>;
  actions: Record<string, string>;
  reason: string;
  codes: string;
  server: string;
  said: string;
  noAddress: string;
  cause: string;
  disagree: string;
  cut: string;
  copy: string;
  mask: string;
  copied: string;
  done: string;
  failed: string;
  ticket: TicketTemplates;
}

export interface ReportContext {
  locale: Locale;
  strings: ReportStrings;
  withBase: (path: string) => string;
  /** The site path of a code's page, or undefined when this reference has none. */
  codePage: (code: string) => string | undefined;
  reasons: ReadonlyMap<string, SearchReason>;
}

export { readMessage, startReader } from './message-reader.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Text verbatim from the message: kept whole, in English, and out of translation tools. */
function verbatim(tag: 'samp' | 'span', text: string, className?: string) {
  const node = el(tag, text, className);
  node.lang = 'en';
  node.translate = false;
  return node;
}

/** A template with one `{reason}` slot, filled with a link to that reason's page. */
function withReasonLink(template: string, link: HTMLAnchorElement): (string | Node)[] {
  const [before = '', after = ''] = template.split('{reason}');
  return [before, link, after].filter((p) => p !== '');
}

function reasonLink(id: ReasonId, ctx: ReportContext): HTMLAnchorElement {
  const a = el('a', ctx.reasons.get(id)?.t ?? id);
  a.href = ctx.withBase(reasonPath(ctx.locale, id));
  return a;
}

/** The codes of a recipient, each linked to its page when this reference has one. */
function codeLinks(r: BounceRecipient, ctx: ReportContext): Node[] {
  return [r.reply, r.status].flatMap((code, i) => {
    if (!code) return [];
    const path = ctx.codePage(code);
    const node = el('code', code);
    const item = path ? Object.assign(el('a'), { href: ctx.withBase(path) }) : el('span');
    item.append(node);
    return i > 0 && r.reply ? [document.createTextNode(' '), item] : [item];
  });
}

function row(r: BounceRecipient, ctx: ReportContext): HTMLLIElement {
  const s = ctx.strings;
  const li = el('li', undefined, 'report-row');
  li.dataset.reason = r.reason;
  if (r.action) li.dataset.action = r.action;

  const head = el('p', undefined, 'report-recipient');
  head.append(r.address ? verbatim('span', r.address, 'report-address') : el('span', s.noAddress, 'report-address missing'));
  if (r.action) head.append(' ', el('span', s.actions[r.action], `report-action action-${r.action}`));
  li.append(head);

  const facts = el('dl', undefined, 'report-facts');
  const add = (term: string, ...content: (string | Node)[]) => {
    const dd = el('dd');
    dd.append(...content);
    facts.append(el('dt', term), dd);
    return dd;
  };
  const reason = add(s.reason, reasonLink(r.reason, ctx));
  // A delay's advice is its cause's: "delivery report" alone would only say to wait.
  const advice = ctx.reasons.get(r.cause ?? r.reason)?.a;
  if (r.cause) reason.append(el('br'), ...withReasonLink(s.cause, reasonLink(r.cause, ctx)));
  if (advice) reason.append(el('span', advice, 'report-advice'));
  const codes = codeLinks(r, ctx);
  if (codes.length > 0) add(s.codes, ...codes);
  if (r.remoteMta) add(s.server, verbatim('span', r.remoteMta));
  if (r.diagnostic) add(s.said, verbatim('samp', r.diagnostic, 'report-said'));
  li.append(facts);
  if (r.codesDisagree) li.append(el('p', s.disagree, 'report-note'));
  return li;
}

/** The plain text "copy for ticket" puts on the clipboard: every recipient, its codes, reason, advice and page. */
function ticket(report: BounceReport, ctx: ReportContext, mask: boolean): string {
  const page = (id: ReasonId) => new URL(ctx.withBase(reasonPath(ctx.locale, id)), location.origin).href;
  return reportTicketText(
    ctx.strings.kinds[report.kind] ?? '',
    report.recipients.map((r) => ({
      ...(r.address ? { address: r.address } : {}),
      ...(r.action ? { action: ctx.strings.actions[r.action] } : {}),
      codes: [r.reply, r.status].filter((c): c is string => !!c),
      reason: ctx.reasons.get(r.reason)?.t ?? r.reason,
      advice: ctx.reasons.get(r.cause ?? r.reason)?.a ?? '',
      ...(r.cause ? { cause: ctx.reasons.get(r.cause)?.t ?? r.cause } : {}),
      link: page(r.cause ?? r.reason),
    })),
    ctx.strings.ticket,
    mask,
  );
}

/** The report as a section of the results, first among them. */
export function renderReport(report: BounceReport, ctx: ReportContext): HTMLElement {
  const s = ctx.strings;
  const section = el('section', undefined, 'search-group bounce-report');
  section.id = 'bounce-report';
  section.setAttribute('aria-labelledby', 'bounce-report-title');
  const title = el('h2', s.title);
  title.id = 'bounce-report-title';
  section.append(title);
  const kind = s.kinds[report.kind];
  if (kind) section.append(el('p', kind, `report-kind kind-${report.kind}`));
  if (report.cut) section.append(el('p', format(s.cut, { size: `${MAX_MESSAGE_LENGTH / 1_000_000} MB` }), 'notice'));

  const rows = el('ol', undefined, 'report-rows');
  rows.append(...report.recipients.map((r) => row(r, ctx)));
  section.append(rows);

  const actions = el('div', undefined, 'report-actions');
  const maskLabel = el('label');
  const mask = el('input');
  mask.type = 'checkbox';
  maskLabel.append(mask, ' ', s.mask);
  const button = el('button', undefined, 'copy-ticket');
  button.type = 'button';
  button.append(el('span', s.copy, 'copy-label'));
  const status = el('span', undefined, 'visually-hidden');
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => void copyWithConfirmation(ticket(report, ctx, mask.checked), button, s, status));
  actions.append(button, maskLabel, status);
  section.append(actions);
  return section;
}
