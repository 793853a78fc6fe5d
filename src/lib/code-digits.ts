/**
 * What the digits of any code-shaped text mean, whether or not this reference has a page for it, and
 * the nearest codes it does have: the 404 page's answer to an address such as /ja/codes/5.7.999/.
 * RFC 5321 §4.2.1 gives the meaning of a basic code's first two digits, RFC 3463 §2 those of an
 * enhanced code's class and subject.
 */
import { REPLY_CLASSES, REPLY_SUBJECTS, type ClassDigit, type ReplySubject } from '../data/derive.ts';
import { ENHANCED_SUBJECTS, compareEnhanced, type EnhancedClass, type EnhancedSubject } from '../data/enhanced.ts';
import { isLocale } from '../i18n/locales.ts';

export type CodeShape =
  | { kind: 'basic'; code: string; classDigit: string; subjectDigit: string; class?: ClassDigit; subject?: ReplySubject }
  | { kind: 'enhanced'; code: string; classDigit: string; subjectDigit: string; class?: EnhancedClass; subject?: EnhancedSubject };

const BASIC_SHAPE = /^\d{3}$/;
const ENHANCED_SHAPE = /^\d\.\d{1,3}\.\d{1,3}$/;

/** The shape and digit meanings of a code-shaped text ("599", "5.7.999"), or undefined. */
export function codeShape(code: string): CodeShape | undefined {
  if (BASIC_SHAPE.test(code)) {
    const [classDigit, subjectDigit] = [code[0]!, code[1]!];
    return {
      kind: 'basic',
      code,
      classDigit,
      subjectDigit,
      ...(classDigit in REPLY_CLASSES ? { class: classDigit as ClassDigit } : {}),
      ...(subjectDigit in REPLY_SUBJECTS ? { subject: REPLY_SUBJECTS[subjectDigit as keyof typeof REPLY_SUBJECTS] } : {}),
    };
  }
  if (ENHANCED_SHAPE.test(code)) {
    const [classDigit, subjectDigit] = code.split('.') as [string, string];
    return {
      kind: 'enhanced',
      code,
      classDigit,
      subjectDigit,
      ...(['2', '4', '5'].includes(classDigit) ? { class: classDigit as EnhancedClass } : {}),
      ...((ENHANCED_SUBJECTS as readonly string[]).includes(subjectDigit) ? { subject: subjectDigit as EnhancedSubject } : {}),
    };
  }
  return undefined;
}

/**
 * The code an address asks for: `/{locale}/codes/{code}/` or the short link `/{code}/`, with the
 * deployment base already removed. Undefined for any other address.
 */
export function codeInAddress(path: string): string | undefined {
  const parts = path.split('/').filter((p) => p !== '');
  const code = parts.length === 3 && isLocale(parts[0]) && parts[1] === 'codes' ? parts[2] : parts.length === 1 ? parts[0] : undefined;
  return code && codeShape(decodeURIComponent(code)) ? decodeURIComponent(code) : undefined;
}

/**
 * Up to `limit` codes of `known` closest to an unknown code: of the same kind, class and subject
 * (an enhanced code's catch-all detail 0 first, then by distance of the detail); then of the same
 * class. Ordered best first.
 */
export function nearestCodes(code: string, known: readonly string[], limit = 4): string[] {
  const shape = codeShape(code);
  if (!shape) return [];
  const sameKind = known.filter((k) => codeShape(k)?.kind === shape.kind && k !== code);
  const value = (k: string) => (shape.kind === 'basic' ? Number(k) : Number(k.split('.')[2]));
  const target = value(code);
  const sameClass = sameKind.filter((k) => codeShape(k)!.classDigit === shape.classDigit);
  const sameSubject = sameClass.filter((k) => codeShape(k)!.subjectDigit === shape.subjectDigit);
  const byDistance = (list: string[]) =>
    [...list].sort((a, b) => Math.abs(value(a) - target) - Math.abs(value(b) - target) || (shape.kind === 'basic' ? a.localeCompare(b) : compareEnhanced(a, b)));
  const catchAll = shape.kind === 'enhanced' ? sameSubject.filter((k) => k.endsWith('.0')) : [];
  const ordered = [...catchAll, ...byDistance(sameSubject), ...byDistance(sameClass.filter((k) => !sameSubject.includes(k)))];
  return [...new Set(ordered)].slice(0, limit);
}
