/**
 * What the bounce reader (reader.ts) reports: one row per recipient. Apart from the reader, so that
 * the page that draws a report loads none of the reading.
 */
import type { ReasonId } from '../../data/reason-ids.ts';
import type { Classification } from '../reason-classifier.ts';
import type { Action } from './delivery-status.ts';

export interface BounceRecipient {
  /** The recipient as the message gives it. */
  address?: string;
  action?: Action;
  /** Enhanced status code, "5.1.1". */
  status?: string;
  /** Basic reply code, "550". */
  reply?: string;
  /** The server that answered. */
  remoteMta?: string;
  /** What that server said, unfolded. */
  diagnostic?: string;
  /** One of the reason ids (docs/architecture.md, Reasons). */
  reason: ReasonId;
  /** What in the text told the reason (a signature's words), or the code whose default it is. */
  evidence?: Classification['evidence'];
  /** True when the codes say one thing and the words another (5.2.1 "disabled" with "User unknown"): the words decide. */
  codesDisagree?: true;
  /** For a delayed recipient, whose reason is "delivery-report": what its text tells about the delay. */
  cause?: ReasonId;
}

/** The kinds of message the report names above its rows; a single line ("reply") and "unknown" have no report. */
export const MESSAGE_KINDS = ['bounce', 'delay', 'delivery-report', 'auto-reply', 'complaint-report'] as const;

export interface BounceReport {
  kind: (typeof MESSAGE_KINDS)[number] | 'reply' | 'unknown';
  recipients: BounceRecipient[];
  /** True when the paste was longer than the reader reads (MAX_MESSAGE_LENGTH) and its end was left out. */
  cut?: true;
}

/** The longest paste the reader reads: 2 MB of text. Reports come first in a message; attachments after them may be cut. */
export const MAX_MESSAGE_LENGTH = 2_000_000;
