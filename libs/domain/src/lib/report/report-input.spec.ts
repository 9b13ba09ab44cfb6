import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { buildProgressReport } from './build-progress-report';
import {
  oldestFirst,
  reportableNotes,
  type ReportSelection,
  type ReportSources,
  toReportInput,
} from './report-input';

const scores = (value: number | null) =>
  Object.fromEntries(DOMAIN_IDS.map((d) => [d, { score: value }])) as Record<
    DomainId,
    { score: number | null }
  >;

const SOURCES: ReportSources = {
  practiceName: 'Praktijk Rugwijs',
  practitionerName: 'Marloes de Wit',
  client: {
    firstName: 'Jan',
    lastName: 'van der Berg',
    dateOfBirth: '1971-03-14',
    painFocusOff: false,
    painLocation: ' onderrug ',
    painDuration: '3 jaar',
    referralSource: 'huisarts',
    gp: {
      name: 'Dr. A. Smit',
      practice: 'Huisartsenpraktijk De Linde',
      phone: null,
      email: null,
    },
  },
  assessments: [
    { id: 'a3', submittedAt: '2026-03-01T09:00:00Z', domainScores: scores(40) },
    { id: 'a1', submittedAt: '2026-01-01T09:00:00Z', domainScores: scores(60) },
    { id: 'a2', submittedAt: '2026-02-01T09:00:00Z', domainScores: scores(50) },
  ],
  decision: {
    focusDomains: ['sleep'],
    reasonCode: 'CLINICAL_JUDGEMENT',
    reasonText: null,
    differsFromComputed: false,
  },
  goals: [
    {
      id: 'g2',
      description: 'Wandelen',
      domain: 'movement',
      status: 'active',
      dueDate: null,
      createdAt: '2026-02-01T00:00:00Z',
    },
    {
      id: 'g1',
      description: 'Slapen',
      domain: null,
      status: 'proposed',
      dueDate: '2026-05-01',
      createdAt: '2026-01-01T00:00:00Z',
    },
  ],
  notes: [
    {
      id: 'n2',
      status: 'signed',
      includeInReport: true,
      sessionDate: '2026-02-01T10:00:00Z',
      text: ' **Tweede** sessie ',
      addenda: [
        { id: 'x2', createdAt: '2026-02-05T10:00:00Z', text: 'Later.' },
        { id: 'x1', createdAt: '2026-02-03T10:00:00Z', text: ' Eerder. ' },
      ],
    },
    {
      id: 'n1',
      status: 'signed',
      includeInReport: true,
      sessionDate: '2026-01-01T10:00:00Z',
      text: 'Eerste sessie',
      addenda: [],
    },
    {
      id: 'n3',
      status: 'draft',
      includeInReport: true,
      sessionDate: '2026-01-15T10:00:00Z',
      text: 'Concept',
      addenda: [],
    },
    {
      id: 'n4',
      status: 'signed',
      includeInReport: false,
      sessionDate: '2026-01-16T10:00:00Z',
      text: 'Niet voor rapportages',
      addenda: [],
    },
  ],
  redFlags: [
    {
      id: 'r2',
      flag: { label: { nl: 'Koorts', en: 'Fever' }, urgency: 'gp_review' },
      raisedAt: '2026-01-01T09:00:00Z',
      acknowledged: { action: 'gp_called', note: ' akkoord ' },
    },
    {
      id: 'r1',
      flag: { label: { nl: 'Snurken', en: 'Snoring' }, urgency: 'advice' },
      raisedAt: '2026-01-01T09:00:00Z',
      acknowledged: null,
    },
    {
      id: 'r3',
      flag: { label: { nl: 'Gewicht', en: 'Weight' }, urgency: 'advice' },
      raisedAt: '2026-01-02T09:00:00Z',
      acknowledged: { action: 'other', note: null },
    },
  ],
};

const SELECTION: ReportSelection = {
  audience: 'referrer',
  language: 'nl',
  fromAssessmentId: null,
  toAssessmentId: null,
  noteIds: ['n1', 'n2', 'n3', 'n4'],
  closing: 'Graag uw advies.',
};

describe('toReportInput', () => {
  const input = toReportInput(SOURCES, SELECTION, '2026-04-10');

  it('takes every measurement oldest first when no range is chosen', () => {
    expect(input.assessments.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(input.assessments[0]?.date).toBe('2026-01-01T09:00:00Z');
  });

  it('keeps a chosen range, and falls back to the ends for an unknown id', () => {
    const ranged = toReportInput(
      SOURCES,
      { ...SELECTION, fromAssessmentId: 'a2', toAssessmentId: 'a2' },
      '2026-04-10',
    );
    expect(ranged.assessments.map((a) => a.id)).toEqual(['a2']);
    const unknown = toReportInput(
      SOURCES,
      { ...SELECTION, fromAssessmentId: 'zz', toAssessmentId: 'zz' },
      '2026-04-10',
    );
    expect(unknown.assessments).toHaveLength(3);
  });

  it('puts only signed notes marked for reports and picked in, with their addenda in order', () => {
    expect(input.notes).toEqual([
      { date: '2026-01-01T10:00:00Z', summary: 'Eerste sessie' },
      {
        date: '2026-02-01T10:00:00Z',
        summary:
          '**Tweede** sessie\n\nAanvulling 03-02-2026: Eerder.\n\nAanvulling 05-02-2026: Later.',
      },
    ]);
  });

  it('maps goals oldest first and red flags with their follow-up in the report language', () => {
    expect(input.goals?.map((g) => g.title)).toEqual(['Slapen', 'Wandelen']);
    expect(input.redFlags).toEqual([
      expect.objectContaining({ followUp: null, resolved: false }),
      expect.objectContaining({
        followUp: 'Huisarts gebeld: akkoord',
        resolved: true,
      }),
      expect.objectContaining({ followUp: 'Anders', resolved: true }),
    ]);
    const en = toReportInput(
      SOURCES,
      { ...SELECTION, language: 'en' },
      '2026-04-10',
    );
    expect(en.redFlags?.[1]?.followUp).toBe('GP called: akkoord');
  });

  it('carries the complaint, the referral and the GP for the letter', () => {
    expect(input.referral).toEqual({
      painLocation: ' onderrug ',
      painDuration: '3 jaar',
      referredBy: 'huisarts',
      gp: { name: 'Dr. A. Smit', practice: 'Huisartsenpraktijk De Linde' },
    });
    expect(input.practitioner).toEqual({
      firstName: 'Marloes de Wit',
      lastName: '',
    });
    expect(input.decision?.focusDomains).toEqual(['sleep']);
  });

  it('leaves out what the record does not hold', () => {
    const bare = toReportInput(
      {
        ...SOURCES,
        client: {
          firstName: 'A',
          lastName: 'B',
          dateOfBirth: '1990-01-01',
          painFocusOff: true,
        },
        decision: null,
      },
      SELECTION,
      '2026-04-10',
    );
    expect(bare.referral).toEqual({
      painLocation: null,
      painDuration: null,
      referredBy: null,
      gp: null,
    });
    expect(bare.decision).toBeNull();
    expect(bare.options).toEqual({ painFocusOff: true });
  });
});

describe('the letter to a referrer', () => {
  const letter = (sources: ReportSources, selection = SELECTION) =>
    buildProgressReport(toReportInput(sources, selection, '2026-04-10')).letter;

  it('is addressed to the GP, names the client and the complaint', () => {
    expect(letter(SOURCES)).toEqual({
      addressee: {
        name: 'Dr. A. Smit',
        practice: 'Huisartsenpraktijk De Linde',
      },
      subject: {
        nl: 'Betreft: Jan van der Berg, geboren 14-03-1971',
        en: 'Re: Jan van der Berg, born 14-03-1971',
      },
      complaint: {
        nl: 'Pijnklachten: locatie onderrug, duur 3 jaar.',
        en: 'Pain complaints: location onderrug, duration 3 jaar.',
      },
      referredBy: 'huisarts',
    });
  });

  it('says only what is known, and nothing for the client version', () => {
    const partial = letter({
      ...SOURCES,
      client: {
        ...SOURCES.client,
        painLocation: null,
        painDuration: '2 jaar',
        referralSource: '  ',
        gp: { name: ' ', practice: 'Gezondheidscentrum Oost' },
      },
    });
    expect(partial?.addressee).toEqual({
      name: null,
      practice: 'Gezondheidscentrum Oost',
    });
    expect(partial?.complaint?.nl).toBe('Pijnklachten: duur 2 jaar.');
    expect(partial?.referredBy).toBeNull();
    const none = letter({
      ...SOURCES,
      client: {
        ...SOURCES.client,
        painLocation: 'rug',
        painDuration: null,
        gp: { name: null, practice: null },
      },
    });
    expect(none?.addressee).toBeNull();
    expect(none?.complaint?.en).toBe('Pain complaints: location rug.');
    expect(
      letter({
        ...SOURCES,
        client: { ...SOURCES.client, painLocation: null, painDuration: null },
      })?.complaint,
    ).toBeNull();
    expect(letter(SOURCES, { ...SELECTION, audience: 'client' })).toBeNull();
    const noReferral = buildProgressReport({
      ...toReportInput(SOURCES, SELECTION, '2026-04-10'),
      referral: undefined,
    });
    expect(noReferral.letter?.addressee).toBeNull();
  });
});

describe('oldestFirst and reportableNotes', () => {
  it('orders by time, then by id', () => {
    const items = [
      { id: 'b', at: '2026-01-01' },
      { id: 'a', at: '2026-01-01' },
      { id: 'c', at: '2025-12-31' },
      { id: 'a', at: '2026-01-01' },
    ];
    expect(oldestFirst(items, (i) => i.at).map((i) => i.id)).toEqual([
      'c',
      'a',
      'a',
      'b',
    ]);
  });

  it('keeps the order of twins', () => {
    const twin = { id: 'a', at: '2026-01-01' };
    expect(oldestFirst([twin, { ...twin }], (i) => i.at)).toEqual([twin, twin]);
    const other = { ...twin, id: 'b' };
    expect(oldestFirst([twin, other], (i) => i.at)).toEqual([twin, other]);
    expect(oldestFirst([other, twin], (i) => i.at)).toEqual([twin, other]);
  });

  it('keeps signed notes marked for reports', () => {
    expect(reportableNotes(SOURCES.notes).map((n) => n.id)).toEqual([
      'n2',
      'n1',
    ]);
  });
});
