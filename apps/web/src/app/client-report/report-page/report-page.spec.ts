import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ReportRecord } from '@herstelkompas/contracts';
import { Blank } from '../../../testing/blank';
import { buildClient } from '../../../testing/build-client';
import { buildNote, buildReportSources } from '../../../testing/build-report';
import { buildUser, settle } from '../../../testing/build-user';
import { allByTestId, byTestId } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import type { ReportSources } from '../report-input';
import { ReportPage } from './report-page';

const RECORD: ReportRecord = {
  id: 'r-1',
  clientId: 'c-1',
  kind: 'progress',
  generatedBy: { id: 'p-1', displayName: 'Sanne de Vries' },
  generatedAt: '2026-11-20T13:05:00.000Z',
  options: {
    audience: 'referrer',
    language: 'en',
    fromAssessmentId: null,
    toAssessmentId: null,
    noteIds: [],
    painCharts: true,
    closing: null,
  },
  sha256: 'ab',
  sizeBytes: 1000,
  fileName: 'progress-report-jan-van-der-berg-20-11-2026.pdf',
};

describe('ReportPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function stable(): Promise<void> {
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  async function open(sources: ReportSources): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'clienten/:id/rapportage', component: ReportPage },
            { path: '**', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser());
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/clienten/c-1/rapportage');
    const base = '/api/clients/c-1';
    http.expectOne(`${base}/reports`).flush([RECORD]);
    http.expectOne(base).flush(sources.client);
    http.expectOne(`${base}/assessments`).flush({ items: sources.assessments });
    http.expectOne(`${base}/priority`).flush({
      computed: null,
      decision: sources.decision,
      history: [],
    });
    http.expectOne(`${base}/goals`).flush(sources.goals);
    http.expectOne(`${base}/session-notes`).flush(sources.notes);
    http.expectOne(`${base}/red-flags`).flush(sources.redFlags);
    http
      .expectOne('/api/practice/profile')
      .flush({ reportClosing: 'Tot de volgende sessie.' });
    await stable();
  }

  const sheet = () => byTestId('report-sheet')?.textContent ?? '';

  afterEach(() => http.verify());

  it("previews the report with the practice's name, the focus and the earlier reports", async () => {
    await open(buildReportSources());
    expect(sheet()).toContain('Praktijk De Linde');
    expect(sheet()).toContain('Jouw voortgang');
    expect(byTestId('report-focus')?.textContent).toContain('Slaap');
    expect(sheet()).toContain('Vertrouwelijk');
    // The practice's default closing is in the preview, as it is in the PDF.
    expect(byTestId('report-closing-text')?.textContent).toContain(
      'Tot de volgende sessie.',
    );
    expect(allByTestId('report-history-row')).toHaveLength(1);
    expect(byTestId('report-history')?.textContent).toContain(
      'Voor de verwijzer · Engels',
    );
  });

  it('follows the chosen audience and language, and builds the PDF link from them', async () => {
    await open(buildReportSources());
    byTestId('report-audience-referrer')?.querySelector('input')?.click();
    byTestId('report-lang-en')?.querySelector('button')?.click();
    await stable();
    expect(sheet()).toContain('Progress report');
    expect(sheet()).toContain('Red flags and follow-up');
    const href = byTestId('report-download')?.getAttribute('data-url') ?? '';
    expect(href).toContain('audience=referrer&lang=en&from=a-1&to=a-3');
  });

  it('lists only notes that may go into a report, none chosen', async () => {
    await open(
      buildReportSources({
        notes: [
          buildNote({ id: 'n-1' }),
          buildNote({ id: 'n-2', status: 'draft' }),
        ],
      }),
    );
    const boxes = allByTestId('report-note');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.querySelector('input')?.checked).toBe(false);
    boxes[0]?.querySelector('input')?.click();
    await stable();
    expect(sheet()).toContain('Uit onze gesprekken');
    expect(byTestId('report-download')?.getAttribute('data-url')).toContain(
      'notes=n-1',
    );
  });

  it('explains when no note can be chosen, and keeps the pain charts off when pain is out of focus', async () => {
    await open(
      buildReportSources({
        client: buildClient({ id: 'c-1', painFocusOff: true }),
      }),
    );
    expect(byTestId('report-notes-none')).not.toBeNull();
    const toggle = byTestId('report-pain-charts')?.querySelector('button');
    expect(toggle?.disabled).toBe(true);
    expect(byTestId('report-pain')).toBeNull();
    expect(byTestId('report-download')?.getAttribute('data-url')).toContain(
      'painCharts=false',
    );
  });

  it("shows the API's reasons when the PDF is refused", async () => {
    await open(buildReportSources());
    byTestId('report-download')?.click();
    const request = http.expectOne(
      (r) =>
        r.method === 'POST' &&
        r.url.startsWith('/api/clients/c-1/reports/progress.pdf'),
    );
    request.flush(
      new Blob([
        JSON.stringify({
          statusCode: 400,
          code: 'validation',
          message: 'Niet alle velden zijn goed ingevuld.',
          details: [
            {
              field: 'from',
              code: 'report_range',
              message: 'Kies twee metingen van deze cliënt.',
            },
          ],
        }),
      ]),
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await stable();
    const error = byTestId('report-error')?.textContent ?? '';
    expect(error).toContain('De pdf kon niet worden gemaakt.');
    expect(error).toContain('Kies twee metingen van deze cliënt.');
  });
});
