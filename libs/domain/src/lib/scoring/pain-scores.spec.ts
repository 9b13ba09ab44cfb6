import { PREFER_NOT_TO_SAY } from '../instruments/answers';
import { HERSTELKOMPAS_INTAKE_V1 } from '../instruments/herstelkompas/definitions';
import type { InstrumentDefinition } from '../instruments/instrument-types';
import { MIND_BODY_LABEL, scorePain } from './pain-scores';

const intake = HERSTELKOMPAS_INTAKE_V1;

describe('scorePain', () => {
  it('reads the NPRS and interference as they were answered', () => {
    expect(
      scorePain(intake, { PIJN1: 3, PIJN2: 5, PIJN3: 8, PIJN4: 6 }),
    ).toMatchObject({
      nprsNow: 3,
      nprsAverage: 5,
      nprsWorst: 8,
      interference: 6,
    });
  });

  it('gives null for missing, invalid or declined pain answers', () => {
    expect(
      scorePain(intake, { PIJN1: 11, PIJN2: PREFER_NOT_TO_SAY, PIJN4: 'veel' }),
    ).toMatchObject({
      nprsNow: null,
      nprsAverage: null,
      nprsWorst: null,
      interference: null,
    });
  });

  it('lists the named activities with their effort and the mean effort', () => {
    const pain = scorePain(intake, {
      'PIJN5-1-LABEL': ' wandelen ',
      'PIJN5-1-EFFORT': 6,
      'PIJN5-2-LABEL': 'tillen',
      'PIJN5-3-LABEL': '',
      'PIJN5-3-EFFORT': 9,
    });
    expect(pain.activities).toEqual([
      { label: 'wandelen', effort: 6 },
      { label: 'tillen', effort: null },
    ]);
    expect(pain.activityEffortMean).toBe(6);
  });

  it('rounds the mean activity effort to one decimal', () => {
    expect(
      scorePain(intake, {
        'PIJN5-1-LABEL': 'a',
        'PIJN5-1-EFFORT': 5,
        'PIJN5-2-LABEL': 'b',
        'PIJN5-2-EFFORT': 6,
        'PIJN5-3-LABEL': 'c',
        'PIJN5-3-EFFORT': 6,
      }).activityEffortMean,
    ).toBe(5.7);
  });

  it('has no mean effort without rated activities', () => {
    expect(scorePain(intake, {}).activityEffortMean).toBeNull();
  });

  it('scores pain beliefs 0-100 with B4 reversed', () => {
    expect(
      scorePain(intake, { B1: 8, B2: 6, B3: 4, B4: 2 }).beliefs,
    ).toMatchObject({
      score: 65, // (8 + 6 + 4 + (10 - 2)) / 4 x 10
      answered: 4,
      total: 4,
      highItems: 2,
    });
  });

  it('applies the 60 %% rule to the beliefs too (3 of 4)', () => {
    expect(scorePain(intake, { B1: 8, B2: 6, B3: 4 }).beliefs.score).toBe(60);
    expect(scorePain(intake, { B1: 8, B2: 6 }).beliefs.score).toBeNull();
  });

  it('counts the mind-body indicators answered "yes", labelled as no diagnosis', () => {
    expect(
      scorePain(intake, {
        MB1: true,
        MB2: false,
        MB3: true,
        MB4: PREFER_NOT_TO_SAY,
      }).mindBody,
    ).toEqual({
      label: MIND_BODY_LABEL,
      count: 2,
      answered: 3,
      total: 4,
      indicators: [
        { itemId: 'MB1', present: true },
        { itemId: 'MB2', present: false },
        { itemId: 'MB3', present: true },
        { itemId: 'MB4', present: null },
      ],
    });
    expect(MIND_BODY_LABEL.nl).toContain('geen diagnose');
  });

  it('gives empty results for an instrument without a pain module', () => {
    const domainsOnly: InstrumentDefinition = {
      ...intake,
      items: intake.items.filter((item) => item.domain !== undefined),
    };
    expect(scorePain(domainsOnly, { PIJN1: 5 })).toMatchObject({
      nprsNow: null,
      activities: [],
      activityEffortMean: null,
      beliefs: { score: null, total: 0 },
      mindBody: { count: 0, total: 0 },
    });
  });
});
