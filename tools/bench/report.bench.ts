/**
 * How long a progress report takes for a client with 10 assessments and 30
 * notes (all selected): the mapping, libs/domain's report model and the
 * pdfkit drawing, each on its own and together. Prints figures; asserts
 * nothing. The database reads are not included (a fixed number of queries).
 */
import type { ProgressReportOptions } from '@herstelkompas/contracts';
import { buildProgressReport } from '@herstelkompas/domain';
import { renderProgressReport } from '../../apps/api/src/reports/pdf/render-progress-report';
import { toReportInput } from '../../apps/api/src/reports/report-input';
import { sampleReportData } from '../../apps/api/test/support/sample-record';

const data = sampleReportData({ assessments: 10, notes: 30 });
const options = (audience: 'client' | 'referrer'): ProgressReportOptions => ({
  audience,
  language: 'nl',
  fromAssessmentId: null,
  toAssessmentId: null,
  noteIds: data.notes.map((n) => n.note.id),
  painCharts: true,
  closing: 'Tot over zes weken.',
});

async function time(
  name: string,
  runs: number,
  run: () => Promise<unknown> | unknown,
) {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(runs - 1, Math.floor(q * runs))] ?? 0;
  return {
    measure: name,
    runs,
    'p50 ms': at(0.5).toFixed(2),
    'p95 ms': at(0.95).toFixed(2),
    'max ms': (samples[runs - 1] ?? 0).toFixed(2),
  };
}

async function main() {
  const client = buildProgressReport(
    toReportInput(data, options('client'), '2026-04-10'),
  );
  const referrer = buildProgressReport(
    toReportInput(data, options('referrer'), '2026-04-10'),
  );
  // The first drawing in a process also reads and parses the fonts.
  const coldStart = process.hrtime.bigint();
  const size = (
    await renderProgressReport(referrer, { language: 'nl', painCharts: true })
  ).length;
  const cold = Number(process.hrtime.bigint() - coldStart) / 1e6;
  console.log(
    `\nProgress report: 10 assessments, 30 notes (${referrer.notes.length} reportable); referrer PDF ${Math.round(size / 1024)} kB; first drawing in a fresh process (fonts parsed) ${cold.toFixed(0)} ms`,
  );
  console.table([
    await time('toReportInput + buildProgressReport', 200, () =>
      buildProgressReport(
        toReportInput(data, options('referrer'), '2026-04-10'),
      ),
    ),
    await time('renderProgressReport (client)', 50, () =>
      renderProgressReport(client, { language: 'nl', painCharts: true }),
    ),
    await time('renderProgressReport (referrer)', 50, () =>
      renderProgressReport(referrer, { language: 'nl', painCharts: true }),
    ),
    await time('all together (referrer)', 50, () =>
      renderProgressReport(
        buildProgressReport(
          toReportInput(data, options('referrer'), '2026-04-10'),
        ),
        { language: 'nl', painCharts: true },
      ),
    ),
  ]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
