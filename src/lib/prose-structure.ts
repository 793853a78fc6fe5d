/**
 * Reads the structure of a page's MDX source (section ids, questions, components), so that
 * tests can hold every prose file, in every locale, to the same shape without building the site.
 */
import { PROSE_COMPONENTS, PROSE_SECTIONS, REQUIRED_PROSE_SECTIONS, isProseSectionId, type ProseKind } from './sections.ts';

export interface ProseStructure {
  sections: string[];
  questions: string[];
  components: string[];
  codeLinks: string[];
  reasonLinks: string[];
  rfcs: number[];
  samples: string[];
  /** The class of each `<ForClass c>` block, in order. */
  classBlocks: string[];
  /** The provider of each `<ProviderUsage provider>` block, in order. */
  providerBlocks: string[];
}

/** Extracts the structure of an MDX source (frontmatter excluded). */
export function proseStructure(source: string): ProseStructure {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const all = (re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  return {
    sections: all(/<Section id="([^"]*)"/g),
    questions: all(/<Question id="([^"]*)"/g),
    components: all(/<([A-Z][A-Za-z]*)[\s/>]/g),
    codeLinks: all(/<CodeLink code="([^"]*)"/g),
    reasonLinks: all(/<ReasonLink id="([^"]*)"/g),
    rfcs: all(/<Rfc n=\{(\d+)\}/g).map(Number),
    samples: all(/<samp>([\s\S]*?)<\/samp>/g),
    classBlocks: all(/<ForClass c="([^"]*)"/g),
    providerBlocks: all(/<ProviderUsage provider="([^"]*)"/g),
  };
}

/** Problems with the shape of a page's prose, for its kind; each message says what to change. */
export function proseProblems(source: string, kind: ProseKind): string[] {
  const problems: string[] = [];
  const { sections, questions, components, providerBlocks } = proseStructure(source);
  if (!/^---\n[\s\S]*?\btitle:[\s\S]*?\bsummary:[\s\S]*?\n---\n/.test(source)) {
    problems.push('frontmatter needs title and summary');
  }
  if (/^#{1,6}\s/m.test(source) || /<h[1-6][\s>]/.test(source)) {
    problems.push('headings come from <Section>; remove markdown or HTML headings');
  }
  if (/^(import|export)\s/m.test(source)) problems.push('no import or export in prose');
  for (const name of new Set(components)) {
    if (!PROSE_COMPONENTS[kind].includes(name)) problems.push(`unknown component <${name}>`);
  }
  for (const id of sections) if (!isProseSectionId(kind, id)) problems.push(`unknown section id "${id}"`);
  for (const id of REQUIRED_PROSE_SECTIONS[kind]) if (!sections.includes(id)) problems.push(`missing section "${id}"`);
  const order = Object.keys(PROSE_SECTIONS[kind]);
  const positions = sections.filter((id) => isProseSectionId(kind, id)).map((id) => order.indexOf(id));
  if (positions.some((p, i) => i > 0 && p <= positions[i - 1]!)) {
    problems.push(`sections out of order or repeated: ${sections.join(', ')} (order: ${order.join(', ')})`);
  }
  if (questions.length > 0 && !sections.includes('faq')) problems.push('questions belong in the "faq" section');
  for (const id of questions) if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`question id "${id}" is not lowercase-words`);
  if (new Set(questions).size !== questions.length) problems.push('question ids repeat');
  if (kind === 'codes') {
    if (components.filter((c) => c === 'Replies').length !== 1) problems.push('use <Replies /> exactly once, in "seen"');
    if ((providerBlocks.length > 0) !== sections.includes('providers')) {
      problems.push('<ProviderUsage> blocks go in a "providers" section, and that section holds at least one');
    }
  }
  if (kind === 'reasons') {
    if (!/^---\n[\s\S]*?\badvice:[\s\S]*?\baliases:[\s\S]*?\n---\n/.test(source)) problems.push('frontmatter needs advice and aliases');
    if (sections.includes('fix') && !sections.some((id) => id.startsWith('fix-'))) problems.push('"fix" needs at least one role section (fix-sender …)');
  }
  return problems;
}

/**
 * The classes an enhanced code's frontmatter gives a summary for (`summary:` followed by indented
 * `"4": …` lines), or undefined when the summary is one plain sentence.
 */
export function summaryClasses(source: string): string[] | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const block = /^summary:[ \t]*\n((?:[ \t]+.*\n?)*)/m.exec(frontmatter);
  if (!block) return undefined;
  return [...block[1]!.matchAll(/^[ \t]+["']?([245])["']?:/gm)].map((m) => m[1]!);
}
