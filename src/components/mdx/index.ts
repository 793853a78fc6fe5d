/** The components MDX prose may use, passed to every rendered entry. */
import CodeLink from './CodeLink.astro';
import DigitTables from './DigitTables.astro';
import Question from './Question.astro';
import Replies from './Replies.astro';
import Rfc from './Rfc.astro';
import Section from './Section.astro';

export const mdxComponents = { CodeLink, DigitTables, Question, Replies, Rfc, Section };
