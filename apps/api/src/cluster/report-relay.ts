import type { ProgressReport } from '@herstelkompas/domain';
import type { ReportRenderer } from '../reports/pdf/render-pool';
import { RenderTimeout } from '../reports/pdf/render-pool';
import type { RenderOptions } from '../reports/pdf/render-progress-report';
import {
  type RenderedMessage,
  type RenderMessage,
  sendToPrimary,
} from './messages';

/**
 * In an API process of a cluster: drawings go to the primary, which keeps the
 * machine's one report pool (REPORT_WORKERS threads in all, however many API
 * processes there are), so a burst of reports takes no more CPU from the API
 * with two processes than with one. Same contract as the pool: the PDF, or
 * RenderTimeout when it is not drawn in time.
 */
export class RelayRenderer implements ReportRenderer {
  private readonly waiting = new Map<
    number,
    { resolve(pdf: Buffer): void; reject(error: Error): void }
  >();
  private nextId = 1;
  private closed = false;
  private readonly onMessage = (message: RenderedMessage) => {
    if (message?.type !== 'report.rendered') return;
    const job = this.waiting.get(message.id);
    if (!job) return;
    this.waiting.delete(message.id);
    if (message.ok) {
      const { bytes } = message;
      job.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    } else {
      job.reject(
        message.timeout ? new RenderTimeout() : new Error(message.message),
      );
    }
  };
  private readonly onDisconnect = () => this.failAll();

  constructor(readonly size: number) {
    process.on('message', this.onMessage);
    process.once('disconnect', this.onDisconnect);
  }

  render(
    report: ProgressReport,
    options: RenderOptions,
    timeoutMs: number,
  ): Promise<Buffer> {
    if (this.closed || !process.connected)
      return Promise.reject(new Error('render pool closed'));
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message: RenderMessage = {
        type: 'report.render',
        id,
        request: { report, options },
        timeoutMs,
      };
      sendToPrimary(message);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    process.off('message', this.onMessage);
    process.off('disconnect', this.onDisconnect);
    this.failAll();
  }

  private failAll(): void {
    for (const job of this.waiting.values()) job.reject(new RenderTimeout());
    this.waiting.clear();
  }
}
