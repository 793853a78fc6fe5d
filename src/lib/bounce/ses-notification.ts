/**
 * Amazon SES notifications (bounce, complaint, delivery) as they arrive by email through Amazon
 * SNS: a JSON object in the body, the line sometimes wrapped. Field names from Amazon's "Contents
 * of notifications for Amazon SES" (docs.aws.amazon.com/ses/latest/dg/notification-contents.html);
 * event publishing writes `eventType` where notifications write `notificationType`.
 */
import type { Action } from './delivery-status.ts';

export interface SesRecipient {
  address?: string;
  action?: Action;
  status?: string;
  diagnostic?: string;
}

export interface SesNotification {
  type: 'Bounce' | 'Complaint' | 'Delivery';
  recipients: SesRecipient[];
  /** For a complaint: the feedback type the mailbox provider gave, e.g. "abuse". */
  feedbackType?: string;
  remoteMta?: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []);

/** The SES notification in a text, or undefined when it holds none that parses. */
export function sesNotification(text: string): SesNotification | undefined {
  const start = text.search(/\{\s*"(?:notificationType|eventType)"\s*:/);
  if (start < 0) return undefined;
  const end = text.lastIndexOf('}');
  if (end < start) return undefined;
  let json: Record<string, unknown>;
  try {
    // SNS mail wraps the one-line JSON; a wrapped line continues after a line break and a space.
    json = JSON.parse(text.slice(start, end + 1).replace(/\n /g, '').replace(/\n/g, ''));
  } catch {
    return undefined;
  }
  const type = str(json.notificationType) ?? str(json.eventType);
  if (type === 'Bounce') {
    const bounce = (json.bounce ?? {}) as Record<string, unknown>;
    const permanent = bounce.bounceType === 'Permanent';
    return {
      type,
      recipients: list(bounce.bouncedRecipients).map((r) => ({
        ...(str(r.emailAddress) ? { address: str(r.emailAddress)! } : {}),
        action: permanent || r.action === 'failed' ? 'failed' : 'delayed',
        ...(str(r.status) ? { status: str(r.status)! } : {}),
        ...(str(r.diagnosticCode) ? { diagnostic: str(r.diagnosticCode)!.replace(/^smtp;\s*/i, '') } : {}),
      })),
      ...(str(bounce.remoteMtaIp) ? { remoteMta: str(bounce.remoteMtaIp)! } : {}),
    };
  }
  if (type === 'Complaint') {
    const complaint = (json.complaint ?? {}) as Record<string, unknown>;
    return {
      type,
      recipients: list(complaint.complainedRecipients).map((r) => (str(r.emailAddress) ? { address: str(r.emailAddress)! } : {})),
      ...(str(complaint.complaintFeedbackType) ? { feedbackType: str(complaint.complaintFeedbackType)! } : {}),
    };
  }
  if (type === 'Delivery') {
    const delivery = (json.delivery ?? {}) as Record<string, unknown>;
    const response = str(delivery.smtpResponse);
    const recipients = Array.isArray(delivery.recipients) ? delivery.recipients.map(str).filter((a) => a !== undefined) : [];
    return {
      type,
      recipients: recipients.map((address) => ({ address, action: 'delivered' as const, ...(response ? { diagnostic: response } : {}) })),
      ...(str(delivery.remoteMtaIp) ? { remoteMta: str(delivery.remoteMtaIp)! } : {}),
    };
  }
  return undefined;
}
