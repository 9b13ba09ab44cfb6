import { buildProgressReport } from '@herstelkompas/domain';
import { buildClient } from '../../testing/build-client';
import {
  buildGoal,
  buildNote,
  buildRedFlag,
  buildReportSources,
} from '../../testing/build-report';
import { reportableNotes, toReportInput } from './report-input';
import { type ReportOptions, defaultOptions } from './report-options';

const TODAY = '2026-11-25';

function options(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    audience: 'client',
    language: 'nl',
    fromAssessmentId: null,
    toAssessmentId: null,
    noteIds: [],
    painCharts: true,
    closing: null,
    ...overrides,
  };
}

describe('toReportInput', () => {
  const signed = buildNote({ id: 'n-signed' });
  const draft = buildNote({ id: 'n-draft', status: 'draft', signedAt: null });
  const private_ = buildNote({ id: 'n-private', includeInReport: false });
  const notes = [signed, draft, private_];

  it('takes only signed notes marked for reports, and only the picked ones', () => {
    const sources = buildReportSources({ notes });
    const picked = toReportInput(
      sources,
      options({ noteIds: ['n-signed', 'n-draft', 'n-private'] }),
      TODAY,
    );
    expect(picked.notes).toEqual([
      { date: signed.sessionDate, summary: 'Slaapritueel besproken.' },
    ]);
    expect(toReportInput(sources, options(), TODAY).notes).toEqual([]);
  });

  it('offers only signed notes marked for reports to choose from', () => {
    expect(reportableNotes(notes).map((n) => n.id)).toEqual(['n-signed']);
  });

  it('appends the addenda to a note, oldest first, in the report language', () => {
    const note = buildNote({
      addenda: [
        {
          id: 'ad-2',
          text: 'Later nog.',
          author: { id: 'p-1', displayName: 'Sanne de Vries' },
          createdAt: '2026-10-09T10:00:00.000Z',
        },
        {
          id: 'ad-1',
          text: ' Ook in het weekend. ',
          author: { id: 'p-1', displayName: 'Sanne de Vries' },
          createdAt: '2026-10-02T10:00:00.000Z',
        },
      ],
    });
    const input = toReportInput(
      buildReportSources({ notes: [note] }),
      options({ noteIds: ['n-1'], language: 'en' }),
      TODAY,
    );
    expect(input.notes?.[0]?.summary).toBe(
      'Slaapritueel besproken.\n\nAddendum 02-10-2026: Ook in het weekend.\n\nAddendum 09-10-2026: Later nog.',
    );
  });

  it('passes "pain focus off" on, so the client report leaves pain out', () => {
    const sources = buildReportSources({
      client: buildClient({ id: 'c-1', painFocusOff: true }),
    });
    const input = toReportInput(sources, options(), TODAY);
    expect(input.options).toEqual({ painFocusOff: true });
    expect(buildProgressReport(input).pain).toBeNull();
    const referrer = buildProgressReport(
      toReportInput(sources, options({ audience: 'referrer' }), TODAY),
    );
    expect(referrer.pain?.mode).toBe('collapsed');
  });

  it('covers every assessment by default, oldest first', () => {
    const input = toReportInput(buildReportSources(), options(), TODAY);
    expect(input.assessments.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3']);
  });

  it('covers only the chosen period', () => {
    const input = toReportInput(
      buildReportSources(),
      options({ fromAssessmentId: 'a-2', toAssessmentId: 'a-3' }),
      TODAY,
    );
    expect(input.assessments.map((a) => a.id)).toEqual(['a-2', 'a-3']);
    expect(buildProgressReport(input).header.period).toEqual({
      from: '2026-10-14',
      to: '2026-11-18',
    });
  });

  it('names the practice and the responsible practitioner, not the user', () => {
    const input = toReportInput(
      buildReportSources({
        client: buildClient({
          id: 'c-1',
          responsiblePractitioner: { id: 'p-2', displayName: 'Thomas Bakker' },
        }),
      }),
      options(),
      TODAY,
    );
    expect(input.practice.name).toBe('Praktijk Veerkracht');
    expect(buildProgressReport(input).header.practitionerName).toBe(
      'Thomas Bakker',
    );
  });

  it('maps the decision, the goals and the closing words', () => {
    const input = toReportInput(
      buildReportSources({
        goals: [
          buildGoal({ id: 'g-2', createdAt: '2026-10-01T09:00:00.000Z' }),
          buildGoal({ id: 'g-1', description: 'Eerst', dueDate: null }),
        ],
      }),
      options({ closing: 'Tot snel.' }),
      TODAY,
    );
    expect(input.decision).toEqual({
      focusDomains: ['sleep', 'stress'],
      reasonCode: 'CLINICAL_JUDGEMENT',
      reasonText: 'Slaap eerst.',
      differsFromComputed: true,
    });
    expect(input.goals?.map((g) => g.title)).toEqual([
      'Eerst',
      'Vijf avonden per week voor 23:00 naar bed',
    ]);
    expect(input.goals?.[0]).toMatchObject({ targetDate: null });
    expect(input.closing).toBe('Tot snel.');
  });

  it('writes what was done about a red flag in the report language', () => {
    const input = toReportInput(
      buildReportSources({
        redFlags: [
          buildRedFlag({ id: 'rf-open' }),
          buildRedFlag({
            id: 'rf-done',
            raisedAt: '2026-09-01T10:00:00.000Z',
            acknowledged: {
              at: '2026-09-02T11:00:00.000Z',
              by: { id: 'p-1', displayName: 'Sanne de Vries' },
              action: 'gp_called',
              note: ' Afspraak morgen ',
            },
          }),
        ],
      }),
      options({ language: 'en' }),
      TODAY,
    );
    expect(input.redFlags?.map((r) => [r.followUp, r.resolved])).toEqual([
      ['GP called: Afspraak morgen', true],
      [null, false],
    ]);
  });
});

describe('defaultOptions', () => {
  it('starts for the client, in their language, over the whole period, without notes', () => {
    const client = buildClient({ preferredLanguage: 'en' });
    expect(
      defaultOptions(client, [{ id: 'a-1' }, { id: 'a-2' }, { id: 'a-3' }]),
    ).toEqual({
      audience: 'client',
      language: 'en',
      fromAssessmentId: 'a-1',
      toAssessmentId: 'a-3',
      noteIds: [],
      painCharts: true,
      closing: null,
    });
  });

  it('switches the pain charts off when pain is out of focus', () => {
    const client = buildClient({ painFocusOff: true });
    expect(defaultOptions(client, []).painCharts).toBe(false);
    expect(defaultOptions(client, []).fromAssessmentId).toBeNull();
  });
});
