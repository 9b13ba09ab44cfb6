import type { Worker as ClusterWorker } from 'node:cluster';
import type { ReportRenderer } from '../reports/pdf/render-pool';
import type { RenderedMessage, RenderMessage } from './messages';

type RenderPoolModule = typeof import('../reports/pdf/render-pool');

/**
 * In the primary: draws what the API processes send, in one pool started on
 * the first request (so a machine that never draws a report keeps no
 * worker thread), and answers the process that asked.
 */
export class ReportHost {
  private pool?: Promise<{ module: RenderPoolModule; pool: ReportRenderer }>;

  constructor(private readonly size: number) {}

  async handle(worker: ClusterWorker, message: RenderMessage): Promise<void> {
    let answer: RenderedMessage;
    let timeout = (_error: unknown) => false;
    try {
      const { module, pool } = await this.started();
      timeout = (error) => error instanceof module.RenderTimeout;
      const pdf = await pool.render(
        message.request.report,
        message.request.options,
        message.timeoutMs,
      );
      answer = {
        type: 'report.rendered',
        id: message.id,
        ok: true,
        bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.length),
      };
    } catch (error) {
      answer = {
        type: 'report.rendered',
        id: message.id,
        ok: false,
        timeout: timeout(error),
        message: error instanceof Error ? error.message : String(error),
      };
    }
    // The process may have died meanwhile: its request died with it.
    if (worker.isConnected()) worker.send(answer);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await (await pool?.catch(() => undefined))?.pool.close();
  }

  /** Loaded on first use: the drawing code stays out of a primary that never draws. */
  private started() {
    this.pool ??= import('../reports/pdf/render-pool').then((module) => ({
      module,
      pool: module.createReportRenderer(this.size),
    }));
    return this.pool;
  }
}
