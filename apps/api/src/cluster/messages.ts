import cluster from 'node:cluster';
import type { RenderRequest } from '../reports/pdf/render-pool';

/**
 * What the primary and the API processes (node:cluster workers) tell each
 * other over their IPC channel. The channel uses the structured clone
 * (`serialization: 'advanced'`), so a PDF's bytes and a report's dates
 * cross it as they are.
 */

/** Primary → process: everything it needs to serve, once it has started. */
export interface StartMessage {
  type: 'start';
  /** 1..N: which of the processes this is (a restarted one keeps its number). */
  slot: number;
  databaseUrl: string;
  sessionSecret: string;
  /** Only one process works the job queue. */
  backgroundJobs: boolean;
}

export interface StopMessage {
  type: 'stop';
}

/** Process → primary: listening on the port. */
export interface ReadyMessage {
  type: 'ready';
}

/** Process → primary → the process that works the queue. */
export interface JobWakeMessage {
  type: 'jobs.wake';
  name: string;
}

/** Process → primary: draw this PDF in the machine's one report pool. */
export interface RenderMessage {
  type: 'report.render';
  id: number;
  request: RenderRequest;
  timeoutMs: number;
}

/** Primary → process: the PDF, or why there is none. */
export type RenderedMessage = { type: 'report.rendered'; id: number } & (
  | { ok: true; bytes: Uint8Array }
  | { ok: false; timeout: boolean; message: string }
);

export type ToWorker =
  StartMessage | StopMessage | JobWakeMessage | RenderedMessage;
export type ToPrimary = ReadyMessage | JobWakeMessage | RenderMessage;

export function sendToPrimary(message: ToPrimary): void {
  if (process.connected) process.send?.(message);
}

/**
 * A process that does not work the job queue asks the one that does to
 * fetch at once; outside a cluster there is no one to ask.
 */
export function relayJobWake(name: string): void {
  if (cluster.isWorker) sendToPrimary({ type: 'jobs.wake', name });
}
