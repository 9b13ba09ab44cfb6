import { parentPort } from 'node:worker_threads';
import { reportFonts } from './fonts';
import { lowerThreadPriority } from './lower-priority';
import type { RenderRequest, RenderResult } from './render-pool';
import { renderProgressReport } from './render-progress-report';

/**
 * A worker thread that draws report PDFs one at a time, off the API's event
 * loop. Bundled as its own entry (dist/apps/api/report-worker.js).
 */
const port = parentPort;
if (!port) throw new Error('report-worker runs as a worker thread only');

// Drawing gives way to the API's own requests (see lowerThreadPriority).
lowerThreadPriority();
// Parse the fonts before the first job instead of during it.
reportFonts();

port.on('message', (request: RenderRequest) => {
  renderProgressReport(request.report, request.options).then(
    (pdf) => {
      // A copy with its own buffer, so it can be handed over without copying again.
      const bytes = new Uint8Array(pdf);
      const result: RenderResult = { ok: true, bytes };
      port.postMessage(result, [bytes.buffer]);
    },
    (error: unknown) => {
      const result: RenderResult = { ok: false, message: String(error) };
      port.postMessage(result);
    },
  );
});
