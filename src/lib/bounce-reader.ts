/**
 * The bounce reader with the site's own reasons data: `readBounce(text)` as the contract in
 * docs/architecture.md gives it, for tests and tools in Node. The search page builds the same
 * reader from /search/classifier/{defaults,signatures}.json instead (src/lib/bounce/reader.ts), so
 * that it does not carry the dataset.
 */
import { dataset } from '../data/dataset.ts';
import { createBounceReader } from './bounce/reader.ts';
import { classifierData } from './reason-classifier.ts';

export type { BounceRecipient, BounceReport } from './bounce/report.ts';
export { MAX_MESSAGE_LENGTH } from './bounce/report.ts';

export const readBounce = createBounceReader(classifierData(dataset));
