import type { ProgressReportOptions } from '@herstelkompas/contracts';
import { buildProgressReport } from '@herstelkompas/domain';
import { createHash } from 'node:crypto';
import { pdfText } from '../../../test/support/pdf-text';
import { sampleReportData } from '../../../test/support/sample-record';
import { toReportInput } from '../report-input';
import { renderProgressReport } from './render-progress-report';

const OPTIONS: ProgressReportOptions = {
  audience: 'client',
  language: 'nl',
  fromAssessmentId: null,
  toAssessmentId: null,
  noteIds: [],
  painCharts: true,
  closing: 'Tot over zes weken!',
};

const data = sampleReportData({ assessments: 3, notes: 2 });
const report = (options: Partial<ProgressReportOptions> = {}) =>
  buildProgressReport(
    toReportInput(data, { ...OPTIONS, ...options }, '2026-04-10'),
  );
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('renderProgressReport', () => {
  it('writes "geen score" beside a radar axis without a score instead of drawing it on the scale', async () => {
    const base = report();
    const radar = base.radar.map((series) => ({
      ...series,
      scores: { ...series.scores, sleep: null },
    }));
    const pdf = await renderProgressReport(
      { ...base, radar },
      { language: 'nl', painCharts: true },
    );
    expect(await pdfText(pdf)).toContain('geen score');
    const complete = await renderProgressReport(base, {
      language: 'nl',
      painCharts: true,
    });
    expect(await pdfText(complete)).not.toContain('geen score');
  });

  it('draws an A4 PDF with the DejaVu fonts embedded', async () => {
    const pdf = await renderProgressReport(report(), {
      language: 'nl',
      painCharts: true,
    });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).not.toContain('Helvetica');
  });

  it('carries a paragraph on to the next page, even one long unbroken word', async () => {
    // A page break inside text sets the document's font again: the
    // lock-down of fonts must let that through.
    const closing = 'ab'.repeat(1000);
    const pdf = await renderProgressReport(report({ closing }), {
      language: 'nl',
      painCharts: true,
    });
    expect(pdf.toString('latin1').startsWith('%PDF-')).toBe(true);
    expect((await pdfText(pdf)).replace(/\s+/g, '')).toContain(
      'ab'.repeat(100),
    );
  });

  it('gives the same bytes for the same report, dated by the report itself', async () => {
    const options = { language: 'nl', painCharts: true } as const;
    const a = await renderProgressReport(report(), options);
    const b = await renderProgressReport(report(), options);
    expect(sha(b)).toBe(sha(a));
    expect(a.toString('latin1')).toContain('(D:20260410000000Z)');
    const other = await renderProgressReport(
      report({ closing: 'Anders' }),
      options,
    );
    expect(sha(other)).not.toBe(sha(a));
    // The parsed fonts are shared: an earlier document must not leak into a later one.
    const again = await renderProgressReport(report(), options);
    expect(sha(again)).toBe(sha(a));
  });

  it('keeps Dutch letters intact and puts the footer on every page', async () => {
    const text = pdfText(
      await renderProgressReport(report({ audience: 'referrer' }), {
        language: 'nl',
        painCharts: true,
      }),
    );
    expect(text).toContain('Cliënt: José van der Berg, geboren 15-06-1980');
    expect(text).toContain('Cliënt geïnformeerd: besproken met de huisarts');
    const pages = Number(/Pagina 1 van (\d)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      expect(text).toContain(
        `Vertrouwelijk · Gemaakt op 10-04-2026 · Pagina ${page} van ${pages}`,
      );
    }
  });

  it('draws pain bars only when asked', async () => {
    const count = async (painCharts: boolean) =>
      pdfText(
        await renderProgressReport(report(), { language: 'nl', painCharts }),
      ).split('Pijn nu (0-10)').length - 1;
    // The label appears once in the table and once beside its bars.
    await expect(count(true)).resolves.toBe(2);
    await expect(count(false)).resolves.toBe(1);
  });

  it('writes English when asked', async () => {
    const text = pdfText(
      await renderProgressReport(report({ language: 'en' }), {
        language: 'en',
        painCharts: true,
      }),
    );
    expect(text).toContain('Your progress');
    expect(text).toContain('Confidential · Made on 10-04-2026 · Page 1 of');
  });
});
