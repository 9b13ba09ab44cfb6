import type { ProgressReport } from '@herstelkompas/domain';
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RelayRenderer } from '../../cluster/report-relay';
import { Semaphore } from '../semaphore';
import type { RenderOptions } from './render-progress-report';

/**
 * How long a report worker may sit idle before it is ended. A worker is a
 * V8 instance of its own with pdfkit and the parsed fonts (tens of MB); it
 * starts again on the next report, which then waits for the start and the
 * font parsing (a few hundred ms). A minute keeps it through a burst and
 * through someone making reports one after another.
 */
export const REPORT_WORKER_IDLE_MS = 60_000;

/**
 * A report worker's V8 heap ceiling, far above what the largest report needs
 * (parsed fonts, one document): a drawing that runs away ends its worker
 * (the report answers an error, the next one gets a fresh worker) instead of
 * growing the API process. The young generation keeps V8's default: a
 * smaller one showed no clear saving and costs collections while drawing.
 */
export const REPORT_WORKER_LIMITS = {
  maxOldGenerationSizeMb: 192,
};

/** What a worker is sent: plain data, copied across the thread boundary. */
export interface RenderRequest {
  report: ProgressReport;
  options: RenderOptions;
}

export type RenderResult =
  { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The drawing did not finish in time (or never started). */
export class RenderTimeout extends Error {
  constructor() {
    super('report drawing timed out');
  }
}

/** Draws report PDFs, at most `size` at a time; the rest wait in order. */
export interface ReportRenderer {
  readonly size: number;
  render(
    report: ProgressReport,
    options: RenderOptions,
    timeoutMs: number,
  ): Promise<Buffer>;
  close(): Promise<void>;
}

interface Job {
  request: RenderRequest;
  deadline: number;
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

/**
 * At most `size` worker threads (started when first needed, replaced when
 * one dies or overruns, ended after `idleMs` without work) and one FIFO
 * queue. Drawing a PDF is CPU work that would otherwise block every other
 * request of this process.
 */
export class WorkerPool implements ReportRenderer {
  private readonly idle: Worker[] = [];
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly queue: Job[] = [];
  private running = 0;
  private closed = false;

  constructor(
    private readonly file: string,
    readonly size: number,
    private readonly idleMs = REPORT_WORKER_IDLE_MS,
  ) {}

  /** Workers started and not yet exited (drawing, idle or stopping). */
  get workers(): number {
    return this.running;
  }

  render(
    report: ProgressReport,
    options: RenderOptions,
    timeoutMs: number,
  ): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('render pool closed'));
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      this.queue.push({
        request: { report, options },
        deadline,
        resolve,
        reject,
      });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new RenderTimeout());
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private next(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker =
        this.takeIdle() ?? (this.running < this.size ? this.spawn() : null);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      const left = job.deadline - Date.now();
      if (left <= 0) {
        this.putIdle(worker);
        job.reject(new RenderTimeout());
      } else {
        this.assign(worker, job, left);
      }
    }
  }

  private takeIdle(): Worker | null {
    const worker = this.idle.pop();
    if (!worker) return null;
    clearTimeout(this.idleTimers.get(worker));
    this.idleTimers.delete(worker);
    return worker;
  }

  /** Back in the idle list, ended when no job takes it within idleMs. */
  private putIdle(worker: Worker): void {
    this.idle.push(worker);
    const timer = setTimeout(() => {
      this.idleTimers.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at === -1) return;
      this.idle.splice(at, 1);
      // Its exit handler counts it out and starts the queue again if needed.
      void worker.terminate();
    }, this.idleMs);
    // An idle worker never keeps the process alive.
    timer.unref();
    this.idleTimers.set(worker, timer);
  }

  private spawn(): Worker {
    const worker = new Worker(this.file, {
      resourceLimits: REPORT_WORKER_LIMITS,
    });
    this.running++;
    worker.once('exit', () => {
      this.running--;
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
      clearTimeout(this.idleTimers.get(worker));
      this.idleTimers.delete(worker);
      this.next();
    });
    // An idle worker that fails is simply replaced on its exit.
    worker.on('error', () => undefined);
    return worker;
  }

  private assign(worker: Worker, job: Job, timeoutMs: number): void {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    };
    const onMessage = (result: RenderResult) => {
      done();
      this.putIdle(worker);
      if (result.ok) {
        const { bytes } = result;
        job.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
      } else {
        job.reject(new Error(result.message));
      }
      this.next();
    };
    const onExit = () => {
      done();
      job.reject(new Error('report worker stopped while drawing'));
    };
    // An overrun is stopped: its exit starts a fresh worker for the queue.
    const timer = setTimeout(() => {
      done();
      job.reject(new RenderTimeout());
      void worker.terminate();
    }, timeoutMs);
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.postMessage(job.request);
  }
}

/**
 * The same limit and order in this thread. Only for tests: a drawing here
 * blocks the event loop while it runs and cannot be stopped when late.
 * pdfkit and the fonts are required on the first drawing, so that the API
 * process, whose workers draw, never loads them.
 */
export class InProcessRenderer implements ReportRenderer {
  private readonly slots: Semaphore;

  constructor(readonly size: number) {
    this.slots = new Semaphore(size);
  }

  render(
    report: ProgressReport,
    options: RenderOptions,
    timeoutMs: number,
  ): Promise<Buffer> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderTimeout()), timeoutMs);
    });
    const drawn = this.slots.run(() => {
      const { renderProgressReport } = require('./render-progress-report') as {
        renderProgressReport: typeof import('./render-progress-report').renderProgressReport;
      };
      return renderProgressReport(report, options);
    });
    return Promise.race([drawn, late]).finally(() => clearTimeout(timer));
  }

  async close(): Promise<void> {
    return undefined;
  }
}

/**
 * Workers need a JavaScript file to start. The built product has one beside
 * main.js (a webpack entry, see apps/api/webpack.config.js) and refuses to
 * run without it. Under ts-jest the sources run as .ts and no such file
 * exists, so the unit and integration tests draw in-process behind the same
 * limit; the process tests cover the workers of the built product.
 */
export function createReportRenderer(size: number): ReportRenderer {
  // One of several API processes: the primary draws for all of them.
  if (cluster.isWorker) return new RelayRenderer(size);
  if (__filename.endsWith('.ts')) return new InProcessRenderer(size);
  const file = join(__dirname, 'report-worker.js');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: the API build is incomplete`);
  }
  return new WorkerPool(file, size);
}
