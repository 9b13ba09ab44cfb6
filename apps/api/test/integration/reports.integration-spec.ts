import { formatNumber, roundHalfAwayFromZero } from '@herstelkompas/domain';
import { createHash } from 'node:crypto';
import {
  buildClientRecord,
  type ClientRecordFixture,
} from '../support/client-record';
import { pdfText } from '../support/pdf-text';
import {
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

describe('progress reports', () => {
  let t: TestApp;
  let owner: Session;
  let record: ClientRecordFixture;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource);
    owner = await signIn(t.app, practice.owner.email);
    record = await buildClientRecord(t, owner);
  });
  afterAll(() => t.close());

  const get = (url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: owner.cookie } });
  const report = (query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/clients/${record.clientId}/reports/progress.pdf${query}`,
      headers: owner.headers,
    });
  const sha256 = (body: Buffer) =>
    createHash('sha256').update(body).digest('hex');
  const latestScores = async () =>
    (await get(`/api/clients/${record.clientId}`)).json()
      .latestScores as Record<string, number>;

  it('answers a PDF download with a Dutch file name, never cached', async () => {
    const response = await report();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="voortgang-jose-de-wit-\d{2}-\d{2}-\d{4}\.pdf"; filename\*=UTF-8''/,
    );
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes the client report in warm Dutch: name, focus, latest scores, diacritics intact', async () => {
    const text = pdfText((await report()).rawPayload);
    expect(text).toContain('Jouw voortgang');
    expect(text).toContain('Cliënt: José de Wit');
    expect(text).toContain('Waar we samen aan werken');
    expect(text).toContain('Slaap');
    expect(text).toContain('Stress');
    expect(text).toContain('Beter slapen geeft ruimte voor de rest.');
    for (const score of Object.values(await latestScores())) {
      expect(text).toContain(`(${roundHalfAwayFromZero(score)})`);
    }
    expect(text).toContain('Elke avond om 23 uur naar bed');
    expect(text).toMatch(
      /Vertrouwelijk · Gemaakt op \d{2}-\d{2}-\d{4} · Pagina 1 van \d/,
    );
    // The client heard about red flags at the time; the report leaves them out.
    expect(text).not.toContain('Rode vlag');
  });

  it('writes the referrer report with one-decimal scores and red flags with their follow-up', async () => {
    const text = pdfText((await report('?audience=referrer')).rawPayload);
    expect(text).toContain('Voortgangsverslag');
    expect(text).toContain('Rode vlaggen en opvolging');
    expect(text).toContain(
      'Cliënt geïnformeerd: besproken, huisarts op de hoogte',
    );
    for (const score of Object.values(await latestScores())) {
      expect(text).toContain(formatNumber(score, 'nl'));
    }
    // The focus is explained in third-person clinical lines, not the client's je-text.
    expect(text).toContain('Slaap: inslapen, doorslapen');
    expect(text).not.toContain('In je slaap herstelt je lichaam');
    expect(text).not.toContain('Stress is meer dan drukte');
  });

  it('speaks English when asked', async () => {
    const text = pdfText((await report('?lang=en')).rawPayload);
    expect(text).toContain('Your progress');
    expect(text).toContain('Confidential · Made on');
  });

  it('includes only the listed notes that are signed and marked for reports, with their addenda', async () => {
    const text = pdfText(
      (await report(`?notes=${record.reportNoteId}`)).rawPayload,
    );
    expect(text).toContain('Uitleg over pijn als alarmsysteem.');
    expect(text).toContain('Ademoefening toegevoegd.');
    expect(text).not.toContain('Privé werkaantekening');
    const without = pdfText((await report()).rawPayload);
    expect(without).not.toContain('Uitleg over pijn als alarmsysteem.');
  });

  it.each([
    ['a note not marked for reports', () => record.privateNoteId],
    ['a draft note', () => record.draftNoteId],
    ['a note of nobody here', () => '00000000-0000-4000-8000-000000000000'],
  ])('refuses %s with 400', async (_what, id) => {
    const response = await report(`?notes=${id()}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ field: 'notes', code: 'note_not_reportable' }),
    ]);
  });

  it('compares the chosen measurements and refuses a baseline after the latest', async () => {
    const [first, second] = record.assessmentIds;
    const one = pdfText(
      (await report(`?from=${first}&to=${first}`)).rawPayload,
    );
    expect(one).toContain(
      'Dit is de eerste keer dat je de vragenlijst invulde',
    );
    const reversed = await report(`?from=${second}&to=${first}`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().details[0]).toMatchObject({ code: 'report_range' });
    const foreign = await report('?to=00000000-0000-4000-8000-000000000000');
    expect(foreign.json().details[0]).toMatchObject({ field: 'to' });
  });

  it('leaves pain out of the client report when pain focus is off', async () => {
    expect(pdfText((await report()).rawPayload)).toContain('Je pijn');
    const client = (await get(`/api/clients/${record.clientId}`)).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${record.clientId}`,
      headers: owner.headers,
      payload: { version: client.version, painFocusOff: true },
    });
    expect(patched.statusCode).toBe(200);
    try {
      const text = pdfText((await report()).rawPayload);
      expect(text).not.toContain('Je pijn');
      expect(text).not.toContain('Gemiddelde pijn');
    } finally {
      await t.app.inject({
        method: 'PATCH',
        url: `/api/clients/${record.clientId}`,
        headers: owner.headers,
        payload: { version: patched.json().version, painFocusOff: false },
      });
    }
  });

  it('makes the same file from the same data and options', async () => {
    const query = `?audience=referrer&notes=${record.reportNoteId}&closing=Tot%20ziens`;
    const a = await report(query);
    const b = await report(query);
    expect(sha256(b.rawPayload)).toBe(sha256(a.rawPayload));
    const other = await report('?audience=referrer&closing=Anders');
    expect(sha256(other.rawPayload)).not.toBe(sha256(a.rawPayload));
  });

  it('records every report, lists it and gives back the exact file, logged without health content', async () => {
    const made = await report('?closing=Tot%20over%20zes%20weken');
    const id = made.headers['x-report-id'] as string;
    const list = (await get(`/api/clients/${record.clientId}/reports`)).json();
    expect(list[0]).toMatchObject({
      id,
      clientId: record.clientId,
      kind: 'progress',
      sha256: sha256(made.rawPayload),
      sizeBytes: made.rawPayload.length,
      options: {
        audience: 'client',
        language: 'nl',
        noteIds: [],
        painCharts: true,
        closing: 'Tot over zes weken',
      },
      generatedBy: { displayName: expect.stringContaining('Eigenaar') },
    });
    const download = await get(`/api/reports/${id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(made.rawPayload)).toBe(true);
    const lines = await t.dataSource.query(
      `SELECT event, action, part, details FROM audit_events
       WHERE client_id = $1 AND event LIKE 'report.%' AND details->>'reportId' = $2
       ORDER BY occurred_at`,
      [record.clientId, id],
    );
    expect(lines.map((l: { event: string }) => l.event)).toEqual([
      'report.generate',
      'report.download',
    ]);
    for (const line of lines) {
      expect(line).toMatchObject({ action: 'E', part: 'report' });
      expect(JSON.stringify(line.details)).not.toMatch(/José|Wit|zes weken/);
    }
  });

  it('keeps one report for the same data and options, however often and at once it is asked for', async () => {
    const query = '?closing=Eenmaal%20gemaakt';
    const answers = await Promise.all([1, 2, 3, 4].map(() => report(query)));
    const again = await report(query);
    const ids = new Set(
      [...answers, again].map((r) => r.headers['x-report-id'] as string),
    );
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    for (const answer of [...answers, again]) {
      expect(answer.statusCode).toBe(200);
      expect(answer.rawPayload.equals(again.rawPayload)).toBe(true);
    }
    const rows = await t.dataSource.query(
      `SELECT id FROM reports WHERE client_id = $1 AND options->>'closing' = 'Eenmaal gemaakt'`,
      [record.clientId],
    );
    expect(rows).toEqual([{ id }]);
    // Made once, handed out again four times: the access log says both.
    const events = await t.dataSource.query(
      `SELECT event, count(*)::int AS n FROM audit_events
       WHERE details->>'reportId' = $1 GROUP BY event ORDER BY event`,
      [id],
    );
    expect(events).toEqual([
      { event: 'report.download', n: 4 },
      { event: 'report.generate', n: 1 },
    ]);
  });

  it('answers 503 with a clear message when the report is not ready in time', async () => {
    const hurried = await createTestApp({ reportTimeoutSeconds: 0 });
    try {
      const response = await hurried.app.inject({
        method: 'GET',
        url: `/api/clients/${record.clientId}/reports/progress.pdf?closing=Te%20laat`,
        headers: { cookie: owner.cookie },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['retry-after']).toBeDefined();
      expect(response.json()).toMatchObject({
        statusCode: 503,
        code: 'report_busy',
        message: expect.stringContaining('Probeer het zo opnieuw'),
      });
    } finally {
      await hurried.close();
    }
    const rows = await t.dataSource.query(
      `SELECT id FROM reports WHERE options->>'closing' = 'Te laat'`,
    );
    expect(rows).toEqual([]);
  });

  it('answers 404 for a report id that does not exist', async () => {
    const response = await get(
      '/api/reports/00000000-0000-4000-8000-000000000000/download',
    );
    expect(response.statusCode).toBe(404);
  });
});
