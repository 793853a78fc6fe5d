/**
 * Reads a pasted message off the page's thread. The reader tries some three hundred signature
 * patterns on each recipient's text, a long task on a slow phone that would hold up drawing and
 * input; here it holds up nothing. The page posts the text with the classifier data it has already
 * loaded, and gets the report back: nothing is fetched here, and nothing leaves the browser.
 */
import { createBounceReader } from '../lib/bounce/reader.ts';
import type { ReadRequest, ReadResponse } from './message-reader.ts';

self.addEventListener('message', ({ data }: MessageEvent<ReadRequest>) => {
  const response: ReadResponse = { id: data.id, report: createBounceReader(data.classifier)(data.text) };
  self.postMessage(response);
});
