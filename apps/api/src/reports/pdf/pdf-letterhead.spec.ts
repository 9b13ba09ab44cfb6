import type { ProgressReportOptions } from '@herstelkompas/contracts';
import { buildProgressReport } from '@herstelkompas/domain';
import sharp from 'sharp';
import { pdfText } from '../../../test/support/pdf-text';
import { sampleReportData } from '../../../test/support/sample-record';
import { toReportInput } from '../report-input';
import type { Letterhead } from './pdf-letterhead';
import { renderProgressReport } from './render-progress-report';

const OPTIONS: ProgressReportOptions = {
  audience: 'client',
  language: 'nl',
  fromAssessmentId: null,
  toAssessmentId: null,
  noteIds: [],
  painCharts: true,
  closing: null,
};

const LETTERHEAD: Letterhead = {
  practiceName: 'Praktijk Zuidwal',
  addressLines: ['Zuidwal 3', '2512 XR Den Haag'],
  phone: '070 123 45 67',
  email: 'post@zuidwal.example',
  website: 'zuidwal.example',
  kvk: '87654321',
  agb: null,
  logoPng: null,
  signature: {
    name: 'Eva de Vries',
    profession: 'Oefentherapeut',
    registration: 'BIG 12345678',
  },
};

const report = buildProgressReport(
  toReportInput(sampleReportData({ assessments: 2 }), OPTIONS, '2026-04-10'),
);

describe('report letterhead and signature', () => {
  it("puts the practice's contact on top and the practitioner's signature at the end", async () => {
    const pdf = await renderProgressReport(report, {
      language: 'nl',
      painCharts: true,
      letterhead: LETTERHEAD,
    });
    const text = pdfText(pdf);
    expect(text.indexOf('Praktijk Zuidwal')).toBeLessThan(
      text.indexOf('Zuidwal 3'),
    );
    for (const part of [
      '2512 XR Den Haag',
      'Tel. 070 123 45 67',
      'post@zuidwal.example',
      'KvK 87654321',
      'Opgesteld door',
      'Eva de Vries',
      'Oefentherapeut',
      'BIG 12345678',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('AGB');
    expect(text.lastIndexOf('BIG 12345678')).toBeGreaterThan(
      text.indexOf('Zuidwal 3'),
    );
  });

  it('draws the logo as an image, and only PNG bytes', async () => {
    const png = await sharp({
      create: { width: 60, height: 20, channels: 3, background: '#00695C' },
    })
      .png()
      .toBuffer();
    const pdf = await renderProgressReport(report, {
      language: 'en',
      painCharts: true,
      letterhead: { ...LETTERHEAD, logoPng: png.toString('base64') },
    });
    expect(pdf.includes('/Subtype /Image')).toBe(true);
    expect(pdfText(pdf)).toContain('Prepared by');
    expect(() =>
      renderProgressReport(report, {
        language: 'nl',
        painCharts: true,
        letterhead: {
          ...LETTERHEAD,
          logoPng: Buffer.from('<svg/>').toString('base64'),
        },
      }),
    ).toThrow('reports draw PNG bytes only');
  });
});
