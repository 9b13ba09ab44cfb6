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
    expect(text).toContain('Betreft: José van der Berg, geboren 15-06-1980');
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

describe('the letter to the GP', () => {
  const withRecord = (assessments: number) => {
    const source = sampleReportData({ assessments, notes: 1 });
    const [first] = source.notes;
    if (!first) throw new Error('the sample has a note');
    return {
      ...source,
      client: {
        ...source.client,
        painLocation: 'onderrug, straalt uit naar links',
        painDuration: '3 jaar',
        referralSource: 'huisarts',
        gp: {
          name: 'Dr. A. Smit',
          practice: 'Huisartsenpraktijk De Linde',
          phone: null,
          email: null,
        },
      },
      notes: [
        {
          ...first,
          note: {
            ...first.note,
            text: '## Bevindingen\n\nCliënt slaapt **beter** en wandelt *dagelijks*.\n\n- **Ademhaling**: rustiger\n- Stress: wisselend\n  - werk\n\n1. Eerste stap\n2. Tweede stap',
          },
        },
      ],
    };
  };
  const letter = (assessments: number, options = {}) =>
    buildProgressReport(
      toReportInput(
        withRecord(assessments),
        {
          ...OPTIONS,
          audience: 'referrer',
          noteIds: withRecord(assessments).notes.map((n) => n.note.id),
          closing: 'Graag uw advies over verdere beeldvorming.',
          ...options,
        },
        '2026-04-10',
      ),
    );

  it('is addressed to the GP on the record, names the complaint and who referred, and prints notes as typography without Markdown markers', async () => {
    const pdf = await renderProgressReport(letter(3), {
      language: 'nl',
      painCharts: true,
    });
    const text = pdfText(pdf);
    expect(text).toContain('Aan: Dr. A. Smit Huisartsenpraktijk De Linde');
    expect(text).toContain('Betreft: José van der Berg, geboren 15-06-1980');
    expect(text).toContain('Geachte Dr. A. Smit,');
    expect(text).toContain(
      'locatie onderrug, straalt uit naar links, duur 3 jaar',
    );
    expect(text).toContain('Verwezen door: huisarts');
    expect(text).toContain('Vraag en advies aan de huisarts');
    expect(text).toContain('Graag uw advies over verdere beeldvorming.');
    expect(text).toContain('Met vriendelijke groet,');
    expect(text).toContain('Cliënt slaapt beter en wandelt dagelijks.');
    expect(text).toContain('Bevindingen');
    expect(text).not.toMatch(/##|\*\*|- \*\*|\*dagelijks\*/);
    // Client-directed explanations stay in the client's version.
    expect(text).not.toMatch(/\b(je|jij|jouw)\b/i);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Oblique\b/);
  });

  it('calls a single measurement a baseline: no period from a day to itself, no empty now or change columns', async () => {
    const text = pdfText(
      await renderProgressReport(letter(1), {
        language: 'nl',
        painCharts: true,
      }),
    );
    expect(text).toContain('Beginmeting: ');
    expect(text).not.toContain('Periode:');
    expect(text).not.toMatch(/Verandering|Opvallend/);
  });
});
