/**
 * Every RFC the site cites, in one place. RFC 5321 is due to be replaced by its revision
 * ("5321bis"); when that happens, the change is made here and in the citations of `basic-codes.ts` and `enhanced-registry.ts`.
 */
export interface RfcInfo {
  /** The RFC's title, in English as published. */
  title: string;
}

export const RFCS: Readonly<Record<number, RfcInfo>> = {
  1846: { title: 'SMTP 521 Reply Code' },
  1870: { title: 'SMTP Service Extension for Message Size Declaration' },
  1985: { title: 'SMTP Service Extension for Remote Message Queue Starting' },
  2645: { title: 'On-Demand Mail Relay (ODMR) SMTP with Dynamic IP Addresses' },
  3207: { title: 'SMTP Service Extension for Secure SMTP over Transport Layer Security' },
  3463: { title: 'Enhanced Mail System Status Codes' },
  3886: { title: 'An Extensible Message Format for Message Tracking Responses' },
  4468: { title: 'Message Submission BURL Extension' },
  4954: { title: 'SMTP Service Extension for Authentication' },
  5248: { title: 'A Registry for SMTP Enhanced Mail System Status Codes' },
  5321: { title: 'Simple Mail Transfer Protocol' },
  6376: { title: 'DomainKeys Identified Mail (DKIM) Signatures' },
  6531: { title: 'SMTP Extension for Internationalized Email' },
  6710: { title: 'Simple Mail Transfer Protocol Extension for Message Transfer Priorities' },
  7208: { title: 'Sender Policy Framework (SPF) for Authorizing Use of Domains in Email, Version 1' },
  7293: { title: 'The Require-Recipient-Valid-Since Header Field and SMTP Service Extension' },
  7372: { title: 'Email Authentication Status Codes' },
  7504: { title: 'SMTP 521 and 556 Reply Codes' },
  7505: { title: 'A "Null MX" No Service Resource Record for Domains That Accept No Mail' },
  8617: { title: 'The Authenticated Received Chain (ARC) Protocol' },
  8689: { title: 'SMTP Require TLS Option' },
};

/** The address of an RFC, or of one of its sections, on rfc-editor.org. */
export function rfcUrl(rfc: number, section?: string): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}.html`;
  return section ? `${base}#section-${section}` : base;
}

/** The IANA enhanced status code registry, the source of registry-only codes (RFC 5248). */
export const IANA_REGISTRY_URL =
  'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml';

/** The address of an Internet-Draft on the IETF datatracker. */
export function draftUrl(name: string): string {
  return `https://datatracker.ietf.org/doc/${name}/`;
}
