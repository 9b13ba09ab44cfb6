import type { ProgressReportOptions } from '@herstelkompas/contracts';
import { buildProgressReport } from '@herstelkompas/domain';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { pdfText } from '../../../test/support/pdf-text';
import { sampleReportData } from '../../../test/support/sample-record';
import { toReportInput } from '../report-input';
import { fontsFolder } from './fonts';
import { lockDown } from './pdf-lockdown';

/** User text that a careless renderer would fetch, open or link. */
const HOSTILE = {
  url: 'http://169.254.169.254/latest/meta-data',
  file: 'file:///etc/shadow',
  path: '/etc/passwd',
  relative: '../../../../etc/hosts',
  image: 'https://elders.example/pixel.png',
};

function hostileReport() {
  const data = sampleReportData({ assessments: 3, notes: 2 });
  data.practice = { ...data.practice, name: HOSTILE.url };
  data.client = { ...data.client, lastName: HOSTILE.path };
  data.goals = data.goals.map((g) => ({
    ...g,
    description: `${HOSTILE.image} ${HOSTILE.relative}`,
  }));
  const options: ProgressReportOptions = {
    audience: 'referrer',
    language: 'nl',
    fromAssessmentId: null,
    toAssessmentId: null,
    noteIds: data.notes.map((n) => n.note.id),
    painCharts: true,
    closing: `${HOSTILE.file} ${HOSTILE.url}`,
  };
  return buildProgressReport(toReportInput(data, options, '2026-04-10'));
}

const FS_CALLS = [
  'readFileSync',
  'readFile',
  'openSync',
  'open',
  'createReadStream',
  'statSync',
  'existsSync',
  'accessSync',
  'readdirSync',
] as const;

describe('report PDF generation stays inside its fonts folder', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads only font files and opens no connection, even for text that looks like URLs and paths', async () => {
    const files: string[] = [];
    const network: string[] = [];
    // A fresh module instance, so the fonts are read inside the watched window.
    let render!: typeof import('./render-progress-report').renderProgressReport;
    jest.isolateModules(() => {
      render = jest.requireActual<typeof import('./render-progress-report')>(
        './render-progress-report',
      ).renderProgressReport;
    });
    const fsTarget = fs as unknown as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    for (const name of FS_CALLS) {
      const original = fsTarget[name] as (...a: unknown[]) => unknown;
      jest.spyOn(fsTarget, name).mockImplementation((...args: unknown[]) => {
        files.push(String(args[0]));
        return original.apply(fs, args);
      });
    }
    jest.spyOn(fs.promises, 'readFile').mockImplementation(async (p) => {
      files.push(String(p));
      throw new Error('no async reads in reports');
    });
    const refuseNetwork = (label: string) => () => {
      network.push(label);
      throw new Error(`no ${label} in reports`);
    };
    jest
      .spyOn(net.Socket.prototype, 'connect')
      .mockImplementation(refuseNetwork('socket'));
    jest
      .spyOn(net, 'createConnection')
      .mockImplementation(refuseNetwork('net'));
    jest.spyOn(tls, 'connect').mockImplementation(refuseNetwork('tls'));
    jest.spyOn(http, 'request').mockImplementation(refuseNetwork('http'));
    jest.spyOn(http, 'get').mockImplementation(refuseNetwork('http'));
    jest.spyOn(https, 'request').mockImplementation(refuseNetwork('https'));
    jest.spyOn(https, 'get').mockImplementation(refuseNetwork('https'));
    jest.spyOn(dns, 'lookup').mockImplementation(refuseNetwork('dns'));
    jest.spyOn(globalThis, 'fetch').mockImplementation(refuseNetwork('fetch'));

    const pdf = await render(hostileReport(), {
      language: 'nl',
      painCharts: true,
    });
    jest.restoreAllMocks();

    const folder = resolve(fontsFolder());
    const outside = files.filter((f) => !resolve(f).startsWith(`${folder}/`));
    expect(outside).toEqual([]);
    expect(files.length).toBeGreaterThan(0); // the fonts were read while watched
    expect(network).toEqual([]);
    // The hostile text is drawn as text, and nothing in the file points anywhere.
    const text = pdfText(pdf);
    expect(text).toContain(HOSTILE.path);
    expect(text).toContain('169.254.169.254');
    const raw = pdf.toString('latin1');
    for (const marker of [
      '/URI',
      '/Launch',
      '/EmbeddedFile',
      '/Subtype /Image',
      '/GoToR',
    ])
      expect(raw).not.toContain(marker);
    console.log(
      `PDF isolation: ${files.length} file reads, all in the fonts folder; 0 connections`,
    );
  });

  it.each([
    ['an image', (d: PDFKit.PDFDocument) => d.image(HOSTILE.path)],
    ['an embedded file', (d: PDFKit.PDFDocument) => d.file(HOSTILE.path)],
    ['a link', (d: PDFKit.PDFDocument) => d.link(0, 0, 10, 10, HOSTILE.url)],
    ['a font by path', (d: PDFKit.PDFDocument) => d.font(HOSTILE.path)],
    [
      'text with a link',
      (d: PDFKit.PDFDocument) => d.text('klik', { link: HOSTILE.url }),
    ],
  ])('refuses %s on a locked-down document', (_what, call) => {
    const doc = new PDFDocument({ autoFirstPage: true });
    lockDown(doc);
    const read = jest.spyOn(fs, 'readFileSync');
    expect(() => call(doc)).toThrow();
    expect(read).not.toHaveBeenCalled();
    doc.end();
  });
});
