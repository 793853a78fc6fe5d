/**
 * Reads a pasted message with the bounce reader in a worker (src/scripts/bounce-worker.ts), so that
 * the page stays free to draw and answer input. Where a worker cannot start (a browser or policy
 * without them), the same reader runs in the page: slower to answer input, with the same report.
 */
import type { BounceReport } from '../lib/bounce/report.ts';
import type { ClassifierData } from '../lib/reason-classifier.ts';

export interface ReadRequest {
  id: number;
  text: string;
  classifier: ClassifierData;
}

export interface ReadResponse {
  id: number;
  report: BounceReport;
}

let worker: Worker | undefined;
let broken = false;
let lastId = 0;
const pending = new Map<number, (report: BounceReport | undefined) => void>();

function startWorker(): Worker {
  const started = new Worker(new URL('./bounce-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', ({ data }: MessageEvent<ReadResponse>) => {
    pending.get(data.id)?.(data.report);
    pending.delete(data.id);
  });
  // A worker that cannot load or that fails hands its messages back, to be read in the page.
  started.addEventListener('error', (event) => {
    event.preventDefault();
    broken = true;
    worker = undefined;
    started.terminate();
    for (const settle of pending.values()) settle(undefined);
    pending.clear();
  });
  return started;
}

/** Starts the worker ahead of the first message, so that its script loads alongside the data. */
export function startReader() {
  if (!broken && typeof Worker === 'function' && !worker) {
    try {
      worker = startWorker();
    } catch {
      broken = true;
    }
  }
}

async function readInPage(text: string, classifier: ClassifierData): Promise<BounceReport> {
  const { createBounceReader } = await import('../lib/bounce/reader.ts');
  return createBounceReader(classifier)(text);
}

/** The report of a pasted message: what happened to each recipient, and why. */
export async function readMessage(text: string, classifier: ClassifierData): Promise<BounceReport> {
  startReader();
  const report =
    worker &&
    (await new Promise<BounceReport | undefined>((resolve) => {
      const id = ++lastId;
      pending.set(id, resolve);
      worker!.postMessage({ id, text, classifier } satisfies ReadRequest);
    }));
  return report ?? readInPage(text, classifier);
}
