import type { ProgressReportOptions } from '@herstelkompas/contracts';
import type { ProgressReport } from '@herstelkompas/domain';
import { createHash } from 'node:crypto';
import type { RenderOptions } from './pdf/render-progress-report';

/**
 * Hex SHA-256 of everything a report file is drawn from: the stored options,
 * the drawing options and libs/domain's report model (which carries the
 * data and the date it is made on). Drawing is pure, so an equal
 * fingerprint means an equal file, and one stored report serves them all.
 * The objects are built by our own code in a fixed key order, so their JSON
 * is stable.
 */
export function reportFingerprint(
  options: ProgressReportOptions,
  render: RenderOptions,
  report: ProgressReport,
): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: 1, options, render, report }))
    .digest('hex');
}
