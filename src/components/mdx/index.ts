/** The components MDX prose may use, passed to every rendered entry. */
import CodeLink from './CodeLink.astro';
import DigitTables from './DigitTables.astro';
import ForClass from './ForClass.astro';
import ProviderUsage from './ProviderUsage.astro';
import Question from './Question.astro';
import ReasonLink from './ReasonLink.astro';
import Replies from './Replies.astro';
import Rfc from './Rfc.astro';
import Section from './Section.astro';

export const mdxComponents = { CodeLink, DigitTables, ForClass, ProviderUsage, Question, ReasonLink, Replies, Rfc, Section };
