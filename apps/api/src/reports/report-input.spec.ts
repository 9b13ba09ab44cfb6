import type { ProgressReportOptions } from '@herstelkompas/contracts';
import { buildProgressReport } from '@herstelkompas/domain';
import { sampleReportData } from '../../test/support/sample-record';
import { toRenderOptions, toReportInput } from './report-input';

const OPTIONS: ProgressReportOptions = {
  audience: 'referrer',
  language: 'nl',
  fromAssessmentId: null,
  toAssessmentId: null,
  noteIds: [],
  painCharts: true,
  closing: null,
};

describe('toReportInput', () => {
  const data = sampleReportData({ assessments: 4, notes: 5 });
  const ids = data.notes.map((n) => n.note.id);

  it('maps practice, practitioner and client as stored', () => {
    const input = toReportInput(data, OPTIONS, '2026-04-10');
    expect(input).toMatchObject({
      audience: 'referrer',
      generatedOn: '2026-04-10',
      practice: { name: 'Praktijk Rugwijs' },
      practitioner: { firstName: 'Marloes de Wit', lastName: '' },
      client: {
        firstName: 'José',
        lastName: 'van der Berg',
        dateOfBirth: '1980-06-15',
      },
      decision: {
        focusDomains: ['sleep', 'stress'],
        reasonCode: 'CHAIN_REACTION_HYPOTHESIS',
        differsFromComputed: true,
      },
      options: { painFocusOff: false },
    });
    expect(buildProgressReport(input).header.practitionerName).toBe(
      'Marloes de Wit',
    );
  });

  it('passes the five goal statuses through unchanged', () => {
    const input = toReportInput(data, OPTIONS, '2026-04-10');
    expect(input.goals?.map((g) => [g.title, g.status, g.targetDate])).toEqual([
      ['Doel 1', 'proposed', '2026-06-01'],
      ['Doel 2', 'active', '2026-06-01'],
      ['Doel 3', 'achieved', null],
      ['Doel 4', 'not_achieved', null],
      ['Doel 5', 'dropped', null],
    ]);
  });

  it('takes only listed notes that are signed and marked for reports, addenda after the text', () => {
    // notes 0, 1 and 3 qualify; 2 is not marked, 4 is a draft.
    const input = toReportInput(
      data,
      { ...OPTIONS, noteIds: [ids[0], ids[2], ids[3], ids[4]] as string[] },
      '2026-04-10',
    );
    expect(input.notes?.map((n) => n.summary.slice(0, 8))).toEqual([
      'Sessie 1',
      'Sessie 4',
    ]);
    expect(input.notes?.[0]?.summary).toMatch(
      /\n\nAanvulling 12-01-2026: Ademoefening toegevoegd\.$/,
    );
    expect(toReportInput(data, OPTIONS, '2026-04-10').notes).toEqual([]);
  });

  it('writes the red flag follow-up from the acknowledgement, in the report language', () => {
    const nl = toReportInput(data, OPTIONS, '2026-04-10').redFlags?.[0];
    expect(nl).toMatchObject({
      urgency: 'gp_review',
      followUp: 'Cliënt geïnformeerd: besproken met de huisarts',
      resolved: true,
    });
    const en = toReportInput(data, { ...OPTIONS, language: 'en' }, '2026-04-10')
      .redFlags?.[0];
    expect(en?.followUp).toBe('Client informed: besproken met de huisarts');
    const open = toReportInput(
      {
        ...data,
        redFlags: data.redFlags.map((r) => ({
          ...r,
          acknowledgedAt: null,
          action: null,
          note: null,
        })),
      },
      OPTIONS,
      '2026-04-10',
    ).redFlags?.[0];
    expect(open).toMatchObject({ followUp: null, resolved: false });
  });

  it('keeps the assessments from the chosen baseline to the chosen latest', () => {
    const [, second, third] = data.assessments.map((a) => a.id);
    const input = toReportInput(
      data,
      {
        ...OPTIONS,
        fromAssessmentId: second ?? null,
        toAssessmentId: third ?? null,
      },
      '2026-04-10',
    );
    expect(input.assessments.map((a) => a.id)).toEqual([second, third]);
    expect(toReportInput(data, OPTIONS, '2026-04-10').assessments).toHaveLength(
      4,
    );
  });

  it('keeps pain out of focus and its bars away when the practitioner says so', () => {
    const off = { ...data, client: { ...data.client, painFocusOff: true } };
    expect(toReportInput(off, OPTIONS, '2026-04-10').options).toEqual({
      painFocusOff: true,
    });
    expect(toRenderOptions(off, OPTIONS)).toEqual({
      language: 'nl',
      painCharts: false,
    });
    expect(toRenderOptions(data, { ...OPTIONS, painCharts: false })).toEqual({
      language: 'nl',
      painCharts: false,
    });
    expect(toRenderOptions(data, OPTIONS).painCharts).toBe(true);
  });

  it('hands over the closing words', () => {
    const input = toReportInput(
      data,
      { ...OPTIONS, closing: 'Tot over zes weken.' },
      '2026-04-10',
    );
    expect(buildProgressReport(input).closing).toBe('Tot over zes weken.');
  });

  it("takes the practice's default closing when the practitioner wrote none", () => {
    const practice = {
      ...data.practice,
      reportClosing: 'Met groet, de praktijk',
    };
    const closing = (own: string | null) =>
      buildProgressReport(
        toReportInput(
          { ...data, practice },
          { ...OPTIONS, closing: own },
          '2026-04-10',
        ),
      ).closing;
    expect(closing(null)).toBe('Met groet, de praktijk');
    expect(closing('Tot over zes weken.')).toBe('Tot over zes weken.');
  });
});
