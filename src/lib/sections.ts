/**
 * The sections of a code page. Their ids are stable keys, identical in every locale, so that
 * `/ja/codes/550/#fix` and `/en/codes/550/#fix` point at the same section; headings come from the
 * UI strings (`section.{id}`), never from the translated prose.
 */

/** Sections written in the MDX prose, in the order they must appear, with their heading level. */
export const PROSE_SECTIONS = {
  meaning: 2,
  seen: 2,
  providers: 2,
  causes: 2,
  fix: 2,
  'fix-sender': 3,
  'fix-sending-admin': 3,
  'fix-receiving-admin': 3,
  faq: 2,
} as const;

export type ProseSectionId = keyof typeof PROSE_SECTIONS;

/** Prose sections every code page must have. */
export const REQUIRED_PROSE_SECTIONS: readonly ProseSectionId[] = ['meaning', 'seen', 'causes', 'fix'];

export function isProseSectionId(id: unknown): id is ProseSectionId {
  return typeof id === 'string' && Object.hasOwn(PROSE_SECTIONS, id);
}

/** The anchor of an FAQ question: prefixed so it cannot collide with a section id. */
export const questionAnchor = (id: string) => `faq-${id}`;
