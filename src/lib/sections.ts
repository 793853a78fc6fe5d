/**
 * The prose sections of each page kind that has them. Their ids are stable keys, identical in every
 * locale, so that `/ja/codes/550/#fix` and `/en/codes/550/#fix` point at the same section; headings
 * come from the UI strings, never from the translated prose.
 */

/** The page kinds whose prose is written in MDX sections (content/{locale}/{kind}/…). */
export const PROSE_KINDS = ['codes', 'reasons'] as const;
export type ProseKind = (typeof PROSE_KINDS)[number];

/** Sections written in the MDX prose, per kind, in the order they must appear, with their heading level. */
export const PROSE_SECTIONS = {
  codes: {
    meaning: 2,
    seen: 2,
    providers: 2,
    causes: 2,
    fix: 2,
    'fix-sender': 3,
    'fix-sending-admin': 3,
    'fix-receiving-admin': 3,
    faq: 2,
  },
  reasons: {
    meaning: 2,
    confirm: 2,
    fix: 2,
    'fix-sender': 3,
    'fix-sending-admin': 3,
    'fix-receiving-admin': 3,
    'fix-recipient': 3,
    faq: 2,
  },
} as const satisfies Record<ProseKind, Record<string, 2 | 3>>;

export type ProseSectionId<K extends ProseKind = ProseKind> = keyof (typeof PROSE_SECTIONS)[K] & string;

/** Prose sections every page of a kind must have. */
export const REQUIRED_PROSE_SECTIONS: { readonly [K in ProseKind]: readonly ProseSectionId<K>[] } = {
  codes: ['meaning', 'seen', 'causes', 'fix'],
  reasons: ['meaning', 'confirm', 'fix'],
};

/** Components the prose of each kind may use (src/components/mdx). */
export const PROSE_COMPONENTS: { readonly [K in ProseKind]: readonly string[] } = {
  codes: ['Section', 'Question', 'Replies', 'CodeLink', 'ReasonLink', 'Rfc', 'ForClass', 'ProviderUsage'],
  reasons: ['Section', 'Question', 'CodeLink', 'ReasonLink', 'Rfc'],
};

export function isProseSectionId<K extends ProseKind>(kind: K, id: unknown): id is ProseSectionId<K> {
  return typeof id === 'string' && Object.hasOwn(PROSE_SECTIONS[kind], id);
}

/** The anchor of an FAQ question: prefixed so it cannot collide with a section id. */
export const questionAnchor = (id: string) => `faq-${id}`;
