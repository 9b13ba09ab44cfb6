import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** How much lower than the API a report worker runs (nice value, 0-19). */
export const REPORT_WORKER_NICE = 10;

/**
 * Lowers the priority of the calling thread only. On Linux a nice value
 * belongs to a thread, and /proc/thread-self names the calling thread's id,
 * so a report worker thread can give way to the API's event loop (and to
 * PostgreSQL) while it draws: sign-ins and lists stay quick during a burst of
 * reports, and the report takes the CPU that is left. Elsewhere it does
 * nothing and says so.
 */
export function lowerThreadPriority(nice = REPORT_WORKER_NICE): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
