import { DOMAIN_IDS } from '../../domains/domain-ids';
import { ALGORITHM_VERSION } from '../../scoring/algorithm-version';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-types';
import { QUANTITATIVE_MAPPINGS } from '../quantitative-mappings';
import { BUILT_IN_INSTRUMENTS } from '../registry';
import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_INTAKE_V1,
} from './definitions';

const intake = HERSTELKOMPAS_INTAKE_V1;
const followUp = HERSTELKOMPAS_FOLLOW_UP_V1;
const byId = (definition: InstrumentDefinition, id: string): InstrumentItem => {
  const item = definition.items.find((i) => i.id === id);
  if (!item) {
    throw new Error(`no item ${id}`);
  }
  return item;
};
const ids = (
  definition: InstrumentDefinition,
  filter: (i: InstrumentItem) => boolean,
) => definition.items.filter(filter).map((i) => i.id);

describe('herstelkompas-intake v1', () => {
  it('is identified, versioned and labelled as a non-validated screening tool', () => {
    expect(intake).toMatchObject({
      id: 'herstelkompas-intake',
      version: 1,
      purpose: 'baseline',
      languages: ['nl', 'en'],
      recallPeriod: 'past_2_weeks',
      algorithmVersion: ALGORITHM_VERSION,
      classification: { validated: false },
      licence: { status: 'own_wording' },
    });
    expect(intake.classification.label.nl).toContain('niet gevalideerd');
    expect(intake.classification.label.en).toContain('not validated');
  });

  it.each([
    ['stress', ['STR1', 'STR2', 'STR3', 'STR4', 'STR5', 'STR6']],
    ['breathing', ['ADM1', 'ADM2', 'ADM3', 'ADM4', 'ADM5']],
    ['movement', ['BEW1', 'BEW2', 'BEW3', 'BEW4', 'BEW5', 'BEW6']],
    ['nutrition', ['VOE1', 'VOE2', 'VOE3', 'VOE4', 'VOE5', 'VOE6']],
    ['sleep', ['SLA1', 'SLA2', 'SLA3', 'SLA4', 'SLA5', 'SLA6']],
    ['immune', ['IMM1', 'IMM2', 'IMM3', 'IMM4', 'IMM5', 'IMM6']],
  ])('scores the %s domain with items %p', (domain, expected) => {
    expect(ids(intake, (i) => i.domain === domain && !!i.keying)).toEqual(
      expected,
    );
  });

  it('keeps the flag items SLA-F and IMM-F unscored', () => {
    expect(ids(intake, (i) => !!i.domain && !i.keying)).toEqual([
      'SLA-F',
      'IMM-F',
    ]);
  });

  it.each([
    ['BEW6', 'reversed'],
    ['VOE1', 'reversed'],
    ['SLA3', 'reversed'],
    ['B4', 'reversed'],
    ['STR1', 'normal'],
    ['B1', 'normal'],
  ])('keys %s as %s', (id, kind) => {
    expect(byId(intake, id).keying?.kind).toBe(kind);
  });

  it.each([
    ['BEW1', 'active_days_per_week'],
    ['BEW2', 'sitting_hours_per_day'],
    ['BEW3', 'strength_sessions_per_week'],
    ['VOE2', 'fruit_veg_portions_per_day'],
    ['VOE4', 'alcohol_glasses_per_week'],
    ['SLA4', 'sleep_hours_per_night'],
    ['IMM1', 'infections_past_3_months'],
    ['IMM2', 'recovery_time_after_infection'],
  ])('maps %s with the named mapping %s', (id, mapping) => {
    expect(byId(intake, id).keying).toEqual({ kind: 'mapping', mapping });
  });

  it('asks IMM2 only after at least one infection', () => {
    expect(byId(intake, 'IMM2').enableWhen).toEqual([
      { itemId: 'IMM1', operator: 'in', values: ['1', '2', '3_or_more'] },
    ]);
  });

  it('attaches the 113 safety text to the optional, sensitive STR6', () => {
    const str6 = byId(intake, 'STR6');
    expect(str6.required).toBe(false);
    expect(str6.allowPreferNotToSay).toBe(true);
    expect(str6.safetyNotice?.nl).toContain('113 Zelfmoordpreventie');
    expect(str6.safetyNotice?.nl).toContain('0800-0113');
    expect(str6.safetyNotice?.en).toContain('0800-0113');
  });

  it('asks the pain module: NPRS now, average and worst, interference, 3 activities', () => {
    expect(ids(intake, (i) => i.module === 'pain')).toEqual([
      'PIJN1',
      'PIJN2',
      'PIJN3',
      'PIJN4',
    ]);
    expect(ids(intake, (i) => i.module === 'activities')).toEqual([
      'PIJN5-1-LABEL',
      'PIJN5-1-EFFORT',
      'PIJN5-2-LABEL',
      'PIJN5-2-EFFORT',
      'PIJN5-3-LABEL',
      'PIJN5-3-EFFORT',
    ]);
    expect(byId(intake, 'PIJN5-2-EFFORT').enableWhen).toEqual([
      { itemId: 'PIJN5-2-LABEL', operator: 'answered' },
    ]);
  });

  it('asks beliefs B1-B4, four mind-body indicators and nine history items', () => {
    expect(ids(intake, (i) => i.module === 'beliefs')).toEqual([
      'B1',
      'B2',
      'B3',
      'B4',
    ]);
    expect(ids(intake, (i) => i.module === 'mind_body')).toHaveLength(4);
    expect(ids(intake, (i) => i.module === 'history')).toHaveLength(9);
    expect(byId(intake, 'HIST5').enableWhen).toEqual([
      { itemId: 'HIST4', operator: 'equals', value: true },
    ]);
  });

  it('screens 13 red flags as required yes/no items that cannot be declined', () => {
    const redFlags = intake.items.filter((i) => i.module === 'red_flags');
    expect(redFlags).toHaveLength(13);
    for (const item of redFlags) {
      expect(item).toMatchObject({
        answer: { kind: 'yes_no' },
        required: true,
        allowPreferNotToSay: false,
      });
      expect(item.redFlag).toBeDefined();
    }
  });

  it('lets the client pick up to 2 of the six domains as a starting point', () => {
    const preference = byId(intake, 'VOORKEUR');
    expect(preference.answer).toMatchObject({
      kind: 'multi_choice',
      maxSelections: 2,
    });
    expect(
      preference.answer.kind === 'multi_choice' &&
        preference.answer.options.map((o) => o.id),
    ).toEqual([...DOMAIN_IDS]);
  });

  it('requires the red flags, PIJN1-3 and named activities, and lets domain items be declined', () => {
    expect(ids(intake, (i) => i.required && i.module !== 'red_flags')).toEqual([
      'PIJN1',
      'PIJN2',
      'PIJN3',
      'PIJN5-1-EFFORT',
      'PIJN5-2-EFFORT',
      'PIJN5-3-EFFORT',
    ]);
    for (const item of intake.items.filter((i) => i.keying && i.domain)) {
      expect(item.required).toBe(false);
      expect(item.allowPreferNotToSay).toBe(true);
    }
  });

  it('groups the items into steps: six domains, pain, beliefs, history, red flags, preference', () => {
    expect(intake.steps.map((s) => s.id)).toEqual([
      ...DOMAIN_IDS,
      'pain',
      'beliefs',
      'history',
      'red_flags',
      'preference',
    ]);
    expect(intake.steps.find((s) => s.id === 'immune')?.recallPeriod).toBe(
      'past_3_months',
    );
    expect(intake.steps.find((s) => s.id === 'sleep')?.domain).toBe('sleep');
  });
});

describe('herstelkompas-follow-up v1', () => {
  it('re-asks the domains, pain module and red flags, but not history or preference', () => {
    expect(followUp).toMatchObject({
      id: 'herstelkompas-follow-up',
      version: 1,
      purpose: 'follow_up',
    });
    expect(followUp.steps.map((s) => s.id)).toEqual([
      ...DOMAIN_IDS,
      'pain',
      'beliefs',
      'red_flags',
    ]);
    expect(ids(followUp, (i) => i.module === 'history')).toEqual([]);
    expect(ids(followUp, (i) => i.module === 'preference')).toEqual([]);
  });
});

describe.each(
  BUILT_IN_INSTRUMENTS.map((d) => [`${d.id} v${d.version}`, d] as const),
)('every built-in instrument: %s', (_, definition) => {
  it('has unique item ids, each in exactly one step, in step order', () => {
    const itemIds = definition.items.map((i) => i.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(definition.steps.flatMap((s) => s.itemIds)).toEqual(itemIds);
  });

  it('gives every item exactly one of domain and module', () => {
    for (const item of definition.items) {
      expect([item.domain, item.module].filter(Boolean)).toHaveLength(1);
    }
  });

  it('only makes items depend on earlier items', () => {
    const seen = new Set<string>();
    for (const item of definition.items) {
      for (const condition of item.enableWhen ?? []) {
        expect(seen.has(condition.itemId)).toBe(true);
      }
      seen.add(item.id);
    }
  });

  it('keys only numeric or choice items, with mappings that exist', () => {
    for (const item of definition.items.filter((i) => i.keying)) {
      const { keying, answer } = item;
      if (keying?.kind === 'mapping') {
        expect(Object.keys(QUANTITATIVE_MAPPINGS)).toContain(keying.mapping);
      } else {
        expect(answer.kind).toBe('scale');
      }
    }
  });

  it('has every text, anchor and option in Dutch and English', () => {
    const texts: { nl: string; en: string }[] = [
      definition.title,
      definition.description,
      ...definition.steps.flatMap((s) => [s.title, s.intro]),
      ...definition.items.flatMap((i) => [
        i.text,
        ...(i.help ? [i.help] : []),
        ...(i.answer.kind === 'scale'
          ? [i.answer.anchors.min, i.answer.anchors.max]
          : []),
        ...(i.answer.kind === 'single_choice' ||
        i.answer.kind === 'multi_choice'
          ? i.answer.options.map((o) => o.label)
          : []),
      ]),
    ];
    for (const text of texts) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('speaks to the client with "je", never with "u" or "uw"', () => {
    const dutch = [
      ...definition.steps.flatMap((s) => [s.title.nl, s.intro.nl]),
      ...definition.items.flatMap((i) => [i.text.nl, i.help?.nl ?? '']),
    ].join(' ');
    expect(dutch).not.toMatch(/\b(u|uw|uzelf)\b/i);
  });

  it('survives a JSON round trip unchanged and cannot be changed in place', () => {
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
    expect(Object.isFrozen(definition.items[0]?.text)).toBe(true);
  });
});
