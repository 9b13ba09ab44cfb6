import type { AssessmentSnapshot, PainSnapshot } from '../change/change-types';
import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { DOMAINS } from '../domains/domains';
import { buildProgressReport } from './build-progress-report';
import type { ProgressReportInput } from './report-types';

const PAIN: PainSnapshot = {
  nprsNow: 6,
  nprsAverage: 7,
  nprsWorst: 9,
  interference: 6,
  activityEffortMean: 7,
  beliefs: { score: 70 },
};

function snapshot(
  id: string,
  date: string,
  scores: Partial<Record<DomainId, number | null>>,
  pain: Partial<PainSnapshot> = {},
): AssessmentSnapshot {
  return {
    id,
    date,
    domainScores: Object.fromEntries(
      DOMAIN_IDS.map((d) => [
        d,
        { score: d in scores ? (scores[d] ?? null) : 30 },
      ]),
    ) as AssessmentSnapshot['domainScores'],
    pain: { ...PAIN, ...pain },
  };
}

const BASELINE = snapshot('a1', '2026-01-13T09:00:00Z', {
  stress: 62.5,
  sleep: 64.2,
  immune: null,
});
const LATEST = snapshot(
  'a2',
  '2026-04-02T08:30:00Z',
  { stress: 75, sleep: 41, immune: 20 },
  { nprsAverage: 4, beliefs: { score: 45 } },
);

const INPUT: ProgressReportInput = {
  audience: 'client',
  generatedOn: '2026-04-10',
  practice: { name: ' Praktijk Rugwijs ' },
  practitioner: { firstName: 'Marloes', lastName: 'de Wit' },
  client: {
    firstName: 'Jan',
    lastName: 'van der Berg',
    dateOfBirth: '1980-06-15',
  },
  assessments: [LATEST, BASELINE],
  decision: {
    focusDomains: ['sleep', 'stress'],
    reasonCode: 'CHAIN_REACTION_HYPOTHESIS',
    reasonText: 'Beter slapen geeft ruimte voor de rest.',
    differsFromComputed: true,
  },
  goals: [
    {
      title: ' Elke avond om 23 uur naar bed ',
      domain: 'sleep',
      status: 'active',
      targetDate: '2026-05-01',
    },
    { title: 'Weer een uur wandelen', status: 'proposed' },
  ],
  notes: [
    { date: '2026-03-02T10:00:00Z', summary: ' Ademoefening geoefend. ' },
    { date: '2026-02-02', summary: 'Uitleg over pijn als alarm.' },
  ],
  redFlags: [
    {
      label: {
        nl: 'Hard snurken of ademstops',
        en: 'Loud snoring or pauses in breathing',
      },
      urgency: 'advice',
      raisedOn: '2026-01-13T09:00:00Z',
      followUp: null,
      resolved: false,
    },
    {
      label: { nl: 'Kanker in de voorgeschiedenis', en: 'Previous cancer' },
      urgency: 'gp_review',
      raisedOn: '2026-01-13',
      followUp: ' Huisarts gebeld, geen bezwaar. ',
      resolved: true,
    },
  ],
};

describe('buildProgressReport', () => {
  const report = buildProgressReport(INPUT);

  it('fills the header with practice, practitioner, client, age and period', () => {
    expect(report.header).toEqual({
      practiceName: 'Praktijk Rugwijs',
      practitionerName: 'Marloes de Wit',
      clientName: 'Jan van der Berg',
      clientDateOfBirth: '1980-06-15',
      clientAge: 45,
      generatedOn: '2026-04-10',
      period: { from: '2026-01-13', to: '2026-04-02' },
      measurements: 2,
    });
    expect(report.title).toEqual({ nl: 'Jouw voortgang', en: 'Your progress' });
    expect(report.confidentiality.nl).toBe('Vertrouwelijk');
    expect(report.disclaimer.nl).toContain('niet gevalideerd');
  });

  it('compares baseline and latest per domain, in canonical order, with band words', () => {
    expect(report.domains.map((row) => row.domain)).toEqual([...DOMAIN_IDS]);
    const sleep = report.domains.find((row) => row.domain === 'sleep');
    expect(sleep).toMatchObject({
      name: DOMAINS.sleep.name,
      colour: '#0072B2',
      baseline: {
        score: 64.2,
        band: 'high',
        bandLabel: { nl: 'sterk verstoord' },
      },
      latest: { score: 41, band: 'moderate' },
      change: { delta: -23.2, direction: 'improved', notable: true },
      changeLabel: { nl: 'duidelijk verbeterd', en: 'clearly improved' },
    });
    const immune = report.domains.find((row) => row.domain === 'immune');
    expect(immune?.baseline).toEqual({
      score: null,
      band: null,
      bandLabel: { nl: 'onvoldoende gegevens', en: 'insufficient data' },
    });
    expect(immune?.changeLabel).toEqual({
      nl: 'niet te vergelijken',
      en: 'cannot be compared',
    });
  });

  it('gives the radar a baseline and a latest series', () => {
    expect(report.radar.map((s) => [s.id, s.label.nl, s.scores.sleep])).toEqual(
      [
        ['baseline', 'Start', 64.2],
        ['latest', 'Nu', 41],
      ],
    );
  });

  it('shows the full pain outcome by default', () => {
    expect(report.pain?.mode).toBe('full');
    expect(report.pain?.rows.map((r) => r.measure)).toEqual([
      'nprsNow',
      'nprsAverage',
      'nprsWorst',
      'interference',
      'activityEffortMean',
      'beliefs',
    ]);
    expect(report.pain?.rows[1]).toMatchObject({
      baseline: 7,
      latest: 4,
      change: { delta: -3, notable: true },
    });
  });

  it('shows the focus with the practitioner’s reason and a plain explanation', () => {
    expect(report.focus).toEqual({
      domains: [
        {
          domain: 'sleep',
          name: DOMAINS.sleep.name,
          colour: DOMAINS.sleep.colour,
          icon: DOMAINS.sleep.icon,
          explanation: DOMAINS.sleep.explanation,
        },
        expect.objectContaining({ domain: 'stress' }),
      ],
      reasonCode: 'CHAIN_REACTION_HYPOTHESIS',
      reasonLabel: {
        nl: 'Verwachte kettingreactie',
        en: 'Expected chain reaction',
      },
      reasonText: 'Beter slapen geeft ruimte voor de rest.',
      chosenByPractitioner: true,
    });
  });

  it('lists goals with their status in words and notes by date', () => {
    expect(report.goals).toEqual([
      {
        title: 'Elke avond om 23 uur naar bed',
        domain: 'sleep',
        domainName: DOMAINS.sleep.name,
        status: 'active',
        statusLabel: { nl: 'actief', en: 'active' },
        targetDate: '2026-05-01',
      },
      {
        title: 'Weer een uur wandelen',
        domain: null,
        domainName: null,
        status: 'proposed',
        statusLabel: { nl: 'voorgesteld', en: 'proposed' },
        targetDate: null,
      },
    ]);
    expect(report.notes).toEqual([
      { date: '2026-02-02', summary: 'Uitleg over pijn als alarm.' },
      { date: '2026-03-02', summary: 'Ademoefening geoefend.' },
    ]);
  });

  it.each([
    ['proposed', 'voorgesteld', 'proposed'],
    ['active', 'actief', 'active'],
    ['achieved', 'behaald', 'achieved'],
    ['not_achieved', 'niet behaald', 'not achieved'],
    ['dropped', 'gestopt', 'dropped'],
  ] as const)('names the goal status %s in words', (status, nl, en) => {
    const report = buildProgressReport({
      ...INPUT,
      goals: [{ title: 'Doel', status }],
    });
    expect(report.goals[0]?.statusLabel).toEqual({ nl, en });
  });

  it('keeps the practitioner’s closing words, trimmed; blank means none', () => {
    expect(report.closing).toBeNull();
    const closing = (text: string | null) =>
      buildProgressReport({ ...INPUT, closing: text }).closing;
    expect(closing('  Tot over zes weken!  ')).toBe('Tot over zes weken!');
    expect(closing('   ')).toBeNull();
    expect(closing(null)).toBeNull();
  });

  it('writes warm headlines for the client, improvements first, without red flags', () => {
    expect(report.redFlags).toBeNull();
    expect(report.headlines).toEqual([
      {
        nl: 'Je score voor slaap is duidelijk verbeterd: van 64 naar 41.',
        en: 'Your sleep score has clearly improved: from 64 to 41.',
      },
      {
        nl: 'Je score voor stress is gestegen, van 63 naar 75. Schommelingen horen erbij; we kijken er samen naar.',
        en: 'Your stress score went up, from 63 to 75. Ups and downs are part of the process; we will look at this together.',
      },
      {
        nl: 'Je gemiddelde pijn is gedaald van 7 naar 4 (op een schaal van 0 tot 10).',
        en: 'Your average pain went down from 7 to 4 (on a scale of 0 to 10).',
      },
      {
        nl: 'Je kijkt met meer vertrouwen naar je pijn dan bij de start.',
        en: 'You look at your pain with more confidence than at the start.',
      },
    ]);
  });

  it('writes concise headlines for a referrer, with red flags and their follow-up first', () => {
    const referrer = buildProgressReport({ ...INPUT, audience: 'referrer' });
    expect(referrer.title.nl).toBe('Voortgangsverslag');
    expect(referrer.headlines.map((h) => h.nl)).toEqual([
      'Rode vlag: Hard snurken of ademstops (open). Opvolging: nog niet vastgelegd.',
      'Rode vlag: Kanker in de voorgeschiedenis (afgehandeld). Opvolging: Huisarts gebeld, geen bezwaar.',
      'Slaap: opvallende verbetering, van 64,2 naar 41 (-23,2).',
      'Stress: opvallende verslechtering, van 62,5 naar 75 (+12,5).',
      'Gemiddelde pijn (NPRS): van 7 naar 4 (-3), klinisch relevant.',
      'Pijnopvattingen: van 70 naar 45 (-25; lager is gunstiger).',
    ]);
    expect(referrer.headlines[2]?.en).toBe(
      'Sleep: notable improvement, 64.2 to 41 (-23.2).',
    );
    expect(referrer.headlines[4]?.en).toBe(
      'Average pain (NPRS): 7 to 4 (-3), clinically relevant.',
    );
    expect(referrer.redFlags).toEqual([
      {
        label: { nl: 'Kanker in de voorgeschiedenis', en: 'Previous cancer' },
        urgency: 'gp_review',
        urgencyLabel: {
          nl: 'Overleg met de huisarts',
          en: 'Review with the GP',
        },
        raisedOn: '2026-01-13',
        followUp: 'Huisarts gebeld, geen bezwaar.',
        resolved: true,
      },
      expect.objectContaining({ urgency: 'advice', followUp: null }),
    ]);
  });

  it('says so when a referrer report has no red flags and no notable changes', () => {
    const calm = snapshot(
      'a3',
      '2026-05-01',
      { stress: 70, sleep: 45, immune: 25 },
      { nprsAverage: 6.5, beliefs: { score: 45 } },
    );
    const referrer = buildProgressReport({
      ...INPUT,
      audience: 'referrer',
      assessments: [LATEST, calm],
      redFlags: undefined,
    });
    expect(referrer.headlines).toEqual([
      { nl: 'Geen rode vlaggen gemeld.', en: 'No red flags reported.' },
      {
        nl: 'Geen opvallende veranderingen in de domeinscores (minder dan 10 punten per domein).',
        en: 'No notable changes in the domain scores (less than 10 points per domain).',
      },
      {
        nl: 'Gemiddelde pijn (NPRS): van 4 naar 6,5 (+2,5), klinisch relevant.',
        en: 'Average pain (NPRS): 4 to 6.5 (+2.5), clinically relevant.',
      },
    ]);
    expect(referrer.redFlags).toEqual([]);
  });

  it('tells a client reassuringly when nothing changed notably', () => {
    const same = snapshot(
      'a3',
      '2026-05-01',
      { stress: 70, sleep: 45, immune: 25 },
      {
        nprsAverage: 5,
        beliefs: { score: 50 },
      },
    );
    const report = buildProgressReport({
      ...INPUT,
      assessments: [same, LATEST],
    });
    expect(report.headlines).toEqual([
      {
        nl: 'Je scores zijn ongeveer gelijk gebleven. Verandering kost soms tijd; we blijven samen kijken wat helpt.',
        en: 'Your scores have stayed about the same. Change can take time; we will keep looking together at what helps.',
      },
    ]);
  });

  it('says how average pain rose, gently for a client and plainly for a referrer', () => {
    const worse = snapshot(
      'a3',
      '2026-05-01',
      { stress: 75, sleep: 41, immune: 20 },
      {
        nprsAverage: 7,
        beliefs: { score: 60 },
      },
    );
    const client = buildProgressReport({
      ...INPUT,
      assessments: [LATEST, worse],
    });
    expect(client.headlines.map((h) => h.nl)).toEqual([
      'Je gemiddelde pijn is gestegen van 4 naar 7. Pijn schommelt vaak; we bespreken samen wat je merkt.',
    ]);
    const referrer = buildProgressReport({
      ...INPUT,
      audience: 'referrer',
      assessments: [LATEST, worse],
      redFlags: [],
    });
    expect(referrer.headlines.at(-1)?.nl).toBe(
      'Pijnopvattingen: van 45 naar 60 (+15; lager is gunstiger).',
    );
  });

  it('orders several improvements by size, largest first', () => {
    const better = snapshot('a3', '2026-05-01', {
      stress: 52,
      sleep: 20,
      immune: 20,
    });
    const report = buildProgressReport({
      ...INPUT,
      assessments: [LATEST, better],
    });
    expect(report.headlines.map((h) => h.en).slice(0, 2)).toEqual([
      'Your stress score has clearly improved: from 75 to 52.',
      'Your sleep score has clearly improved: from 41 to 20.',
    ]);
  });

  it('tells a referrer when average pain did not change relevantly, and skips missing pain', () => {
    const steady = snapshot(
      'a3',
      '2026-05-01',
      { stress: 75, sleep: 41, immune: 20 },
      {
        nprsAverage: 5,
        beliefs: { score: 45 },
      },
    );
    const referrer = buildProgressReport({
      ...INPUT,
      audience: 'referrer',
      redFlags: [],
      assessments: [LATEST, steady],
    });
    expect(referrer.headlines.at(-1)).toEqual({
      nl: 'Gemiddelde pijn (NPRS): van 4 naar 5 (+1), geen klinisch relevante verandering.',
      en: 'Average pain (NPRS): 4 to 5 (+1), no clinically relevant change.',
    });
    const withoutPain = buildProgressReport({
      ...INPUT,
      audience: 'referrer',
      redFlags: [],
      assessments: [LATEST, { ...steady, pain: null }],
    });
    expect(withoutPain.headlines.map((h) => h.nl)).toEqual([
      'Geen rode vlaggen gemeld.',
      'Geen opvallende veranderingen in de domeinscores (minder dan 10 punten per domein).',
    ]);
  });

  it.each([
    [
      1,
      0,
      'opvallend (30 % of meer), maar kleiner dan 2 punten en dus niet klinisch relevant',
    ],
    [
      2,
      3,
      'opvallend (30 % of meer), maar kleiner dan 2 punten en dus niet klinisch relevant',
    ],
    [3, 1, 'klinisch relevant'],
    [6, 8, 'klinisch relevant'],
  ])(
    'calls a pain change from %p to %p "%s" (2 points needed)',
    (before, after, verdict) => {
      const at = (id: string, date: string, nprsAverage: number) =>
        snapshot(
          id,
          date,
          { stress: 50 },
          { nprsAverage, beliefs: { score: 50 } },
        );
      const referrer = buildProgressReport({
        ...INPUT,
        audience: 'referrer',
        redFlags: [],
        assessments: [
          at('x1', '2026-01-01', before),
          at('x2', '2026-03-01', after),
        ],
      });
      expect(referrer.headlines.at(-1)?.nl).toMatch(
        new RegExp(`, ${verdict.replace(/[()]/g, '\\$&')}\\.$`),
      );
    },
  );

  it('gives a referrer a short clinical line per focus domain, never the je-text', () => {
    const referrer = buildProgressReport({ ...INPUT, audience: 'referrer' });
    const lines = referrer.focus?.domains.map((d) => d.explanation) ?? [];
    expect(lines).toEqual([
      DOMAINS.sleep.referrerSummary,
      DOMAINS.stress.referrerSummary,
    ]);
    for (const line of lines) {
      expect(line.nl).not.toMatch(/\b(je|jij|jouw|jezelf)\b/i);
      expect(line.en).not.toMatch(/\b(you|your)\b/i);
    }
  });

  it('leaves pain out for a client when pain focus is off', () => {
    const report = buildProgressReport({
      ...INPUT,
      options: { painFocusOff: true },
    });
    expect(report.pain).toBeNull();
    expect(report.headlines.map((h) => h.nl).join(' ')).not.toContain('pijn');
  });

  it('collapses pain to average pain for a referrer when pain focus is off', () => {
    const report = buildProgressReport({
      ...INPUT,
      audience: 'referrer',
      options: { painFocusOff: true },
    });
    expect(report.pain).toEqual({
      mode: 'collapsed',
      rows: [
        expect.objectContaining({
          measure: 'nprsAverage',
          baseline: 7,
          latest: 4,
        }),
      ],
    });
  });

  it('reports a single assessment as the starting point', () => {
    const client = buildProgressReport({ ...INPUT, assessments: [BASELINE] });
    expect(client.domains[0]).toMatchObject({
      latest: null,
      change: null,
      changeLabel: null,
    });
    expect(client.radar).toHaveLength(1);
    expect(client.pain?.rows[0]).toMatchObject({
      baseline: 6,
      latest: null,
      change: null,
    });
    expect(client.header.period).toEqual({
      from: '2026-01-13',
      to: '2026-01-13',
    });
    expect(client.headlines).toEqual([
      {
        nl: 'Dit is de eerste keer dat je de vragenlijst invulde: het startpunt waarmee we later vergelijken.',
        en: 'This is the first time you filled in the questionnaire: the starting point we will compare with later.',
      },
    ]);
    const referrer = buildProgressReport({
      ...INPUT,
      audience: 'referrer',
      assessments: [BASELINE],
      redFlags: [],
    });
    expect(referrer.headlines[1]?.nl).toBe(
      'Alleen een beginmeting; nog geen vervolgmeting.',
    );
  });

  it('builds an empty report before the first assessment', () => {
    const empty = buildProgressReport({
      ...INPUT,
      assessments: [],
      decision: null,
      goals: undefined,
      notes: undefined,
    });
    expect(empty).toMatchObject({
      domains: [],
      radar: [],
      pain: null,
      focus: null,
      goals: [],
      notes: [],
      headlines: [
        {
          nl: 'Je hebt de vragenlijst nog niet ingevuld.',
          en: 'You have not filled in the questionnaire yet.',
        },
      ],
    });
    expect(empty.header.period).toBeNull();
    expect(
      buildProgressReport({
        ...INPUT,
        audience: 'referrer',
        assessments: [],
        redFlags: [],
      }).headlines.at(-1),
    ).toEqual({
      nl: 'Er is nog geen meting.',
      en: 'There is no measurement yet.',
    });
  });

  it('is serialisable to JSON without loss', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
