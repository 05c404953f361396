/** The bench page: exposes `window.benchSearch(request)`, which runs the search benchmark in a worker. */
import type { SearchBenchRequest, SearchBenchResult } from './protocol';

declare global {
  interface Window {
    benchSearch(req: SearchBenchRequest): Promise<SearchBenchResult>;
  }
}

window.benchSearch = (req) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ ok: true; result: SearchBenchResult } | { ok: false; error: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'bench worker failed'));
    };
    worker.postMessage(req);
  });
document.getElementById('status')!.textContent = 'bench page ready';
