/**
 * Selectors relative to a section heading. With JavaScript, the copy controls set each heading in a
 * row with its "copy link" button (.section-heading); without, the heading stands alone.
 */

/** What follows the heading with this id: `${afterHeading('spec')} ul`. */
export const afterHeading = (id: string) => `:is(#${id}, .section-heading:has(> #${id})) ~`;

/** The section whose own heading has this id. */
export const sectionOf = (id: string) => `section:has(> #${id}, > .section-heading > #${id})`;
