import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { buildProgressReport } from './build-progress-report';
import {
  changeText,
  DASH,
  domainTable,
  headerFacts,
  painBarShare,
  painDeltaText,
  painTable,
  painText,
  reportNumber,
  scoreText,
} from './report-format';
import type { ProgressReportInput, ReportDomainRow } from './report-types';

const scores = (value: number | null, sleep: number | null = value) =>
  Object.fromEntries(
    DOMAIN_IDS.map((d) => [d, { score: d === 'sleep' ? sleep : value }]),
  ) as Record<DomainId, { score: number | null }>;

const PAIN = {
  nprsNow: 6,
  nprsAverage: 7,
  nprsWorst: 9,
  interference: 6,
  activityEffortMean: 7,
  beliefs: { score: 70 },
};

const input = (count: number, audience: 'client' | 'referrer' = 'client') =>
  ({
    audience,
    generatedOn: '2026-04-10',
    practice: { name: 'Praktijk' },
    practitioner: { firstName: 'Marloes', lastName: 'de Wit' },
    client: { firstName: 'Jan', lastName: 'Berg', dateOfBirth: '1980-06-15' },
    assessments: [
      {
        id: 'a1',
        date: '2026-01-13',
        domainScores: scores(52.5, null),
        pain: PAIN,
      },
      {
        id: 'a2',
        date: '2026-03-13',
        domainScores: scores(40.5),
        pain: { ...PAIN, nprsAverage: 5.5 },
      },
    ].slice(0, count),
  }) satisfies ProgressReportInput;

const NL = { audience: 'client', language: 'nl' } as const;
const REF = { audience: 'referrer', language: 'nl' } as const;

describe('report numbers and words', () => {
  it('rounds for clients and keeps one decimal for referrers', () => {
    expect(reportNumber(NL, 62.5)).toBe('63');
    expect(reportNumber(REF, 62.5)).toBe('62,5');
    expect(reportNumber({ audience: 'referrer', language: 'en' }, 62.5)).toBe(
      '62.5',
    );
  });

  it('puts the band words before the score, and only words without one', () => {
    expect(scoreText(NL, null)).toBe(DASH);
    expect(
      scoreText(NL, {
        score: null,
        band: null,
        bandLabel: { nl: 'onvoldoende gegevens', en: 'insufficient data' },
      }),
    ).toBe('onvoldoende gegevens');
    expect(
      scoreText(REF, {
        score: 62.5,
        band: 'high',
        bandLabel: { nl: 'sterk verstoord', en: 'high' },
      }),
    ).toBe('sterk verstoord (62,5)');
  });

  it('writes a change with its sign, or only words, or a dash', () => {
    const row = (delta: number | null, label = true) =>
      ({
        changeLabel: label ? { nl: 'verbeterd', en: 'improved' } : null,
        change: delta === null ? null : { delta },
      }) as unknown as ReportDomainRow;
    expect(changeText(NL, row(-12.4))).toBe('verbeterd (-12)');
    expect(changeText(NL, row(3))).toBe('verbeterd (+3)');
    expect(changeText(NL, row(null))).toBe('verbeterd');
    expect(changeText(NL, row(1, false))).toBe(DASH);
  });

  it('writes pain values and changes as measured', () => {
    expect(painText(NL, null)).toBe(DASH);
    expect(painText(NL, 5.5)).toBe('5,5');
    expect(painDeltaText(NL, undefined)).toBe(DASH);
    expect(painDeltaText(NL, 1.5)).toBe('+1,5');
    expect(painDeltaText(NL, -2)).toBe('-2');
  });

  it('fills a pain bar on the measure’s own scale, and none without a value', () => {
    expect(painBarShare('nprsAverage', null)).toBeNull();
    expect(painBarShare('nprsAverage', 5)).toBe(0.5);
    expect(painBarShare('beliefs', 50)).toBe(0.5);
    expect(painBarShare('nprsNow', 12)).toBe(1);
  });
});

describe('header lines and tables', () => {
  it('calls one measurement a baseline, with a baseline column only', () => {
    const report = buildProgressReport(input(1));
    expect(headerFacts(report, 'nl')).toEqual([
      'Cliënt: Jan Berg (45 jaar)',
      'Behandelaar: Marloes de Wit',
      'Beginmeting: 13-01-2026',
    ]);
    const domains = domainTable(report, 'nl');
    expect(domains.columns).toEqual(['Domein', 'Beginmeting']);
    expect(domains.rows[0]).toEqual({
      key: 'stress',
      colour: report.domains[0]?.colour,
      cells: ['Stress', 'matig verstoord (53)'],
    });
    expect(domains.rows.find((r) => r.key === 'sleep')?.cells[1]).toBe(
      'onvoldoende gegevens',
    );
    const pain = painTable(report, 'nl');
    expect(pain.columns).toEqual(['Uitkomstmaat', 'Beginmeting']);
    expect(pain.rows[1]?.cells).toEqual([
      'Gemiddelde pijn afgelopen week (0-10)',
      '7',
    ]);
  });

  it('compares start and now over a period', () => {
    const report = buildProgressReport(input(2, 'referrer'));
    expect(headerFacts(report, 'en')).toEqual([
      'Client: Jan Berg, born 15-06-1980 (45 years)',
      'Practitioner: Marloes de Wit',
      'Period: 13-01-2026 - 13-03-2026',
    ]);
    const domains = domainTable(report, 'nl');
    expect(domains.columns).toHaveLength(5);
    expect(domains.rows[0]?.cells).toEqual([
      'Stress',
      'matig verstoord (52,5)',
      'matig verstoord (40,5)',
      expect.stringContaining('(-12)'),
      'ja',
    ]);
    expect(domains.rows.find((r) => r.key === 'sleep')?.cells[4]).toBe(DASH);
    expect(painTable(report, 'nl').rows[1]?.cells).toEqual([
      'Gemiddelde pijn afgelopen week (0-10)',
      '7',
      '5,5',
      '-1,5',
    ]);
  });

  it('has no period and no rows without measurements', () => {
    const report = buildProgressReport(input(0));
    expect(headerFacts(report, 'nl')).toHaveLength(2);
    expect(painTable(report, 'nl').rows).toEqual([]);
  });
});
