import { type Answers, PREFER_NOT_TO_SAY } from '../instruments/answers';
import { HERSTELKOMPAS_INTAKE_V1 } from '../instruments/herstelkompas/definitions';
import type {
  InstrumentDefinition,
  InstrumentItem,
} from '../instruments/instrument-types';
import {
  clientInstructionFor,
  clientNoteFor,
  detectRedFlags,
  needsMedicalClearance,
  reassuranceAfterScreen,
} from './detect-red-flags';
import {
  AFTER_SCREEN_REASSURANCE,
  GP_REVIEW_CLIENT_NOTE,
  URGENT_112_TRIGGERS,
  URGENT_CLIENT_INSTRUCTION,
  urgentInstruction,
} from './red-flag-texts';

const intake = HERSTELKOMPAS_INTAKE_V1;
const detect = (answers: Answers) => detectRedFlags(intake, answers);

describe('detectRedFlags', () => {
  it('finds nothing when every answer is "no"', () => {
    const allNo = Object.fromEntries(
      intake.items.filter((i) => i.redFlag).map((i) => [i.id, false]),
    );
    expect(detect(allNo)).toEqual([]);
  });

  it.each([
    ['RF-CAUDA', 'cauda_equina', 'urgent_same_day'],
    ['RF-NEURO', 'neurological_deficit', 'urgent_same_day'],
    ['RF-FEVER', 'infection', 'urgent_same_day'],
    ['RF-SUDDEN', 'vascular', 'urgent_same_day'],
    ['RF-ILL', 'infection', 'gp_review'],
    ['RF-IMMUNO', 'infection', 'gp_review'],
    ['RF-CANCER', 'malignancy', 'gp_review'],
    ['RF-WEIGHT', 'malignancy', 'gp_review'],
    ['RF-NIGHT', 'malignancy', 'gp_review'],
    ['RF-TRAUMA', 'fracture', 'gp_review'],
    ['RF-STEROID', 'fracture', 'gp_review'],
    ['RF-INFLAM', 'inflammatory', 'gp_review'],
    ['RF-NIETPLUIS', 'gut_feeling', 'gp_review'],
    ['IMM-F', 'infection', 'gp_review'],
    ['SLA-F', 'sleep_apnoea', 'advice'],
  ])(
    'flags "yes" on %s as %s with urgency %s',
    (itemId, condition, urgency) => {
      const [flag, ...rest] = detect({ [itemId]: true });
      expect(rest).toEqual([]);
      expect(flag).toMatchObject({ itemId, condition, urgency });
      expect(flag?.label.nl).not.toBe('');
      expect(flag?.label.en).not.toBe('');
    },
  );

  it('advises the GP for snoring (sleep apnoea)', () => {
    expect(detect({ 'SLA-F': true })[0]?.label.nl).toBe(
      'Hard snurken of ademstops: overweeg huisarts (slaapapneu)',
    );
  });

  it.each([
    [6, []],
    [7, ['advice']],
    [10, ['advice']],
  ])('flags IMM4 (often feverish) = %p as %p', (value, urgencies) => {
    expect(detect({ IMM4: value }).map((f) => f.urgency)).toEqual(urgencies);
  });

  it('gives every urgent flag the client instruction, and no other flag', () => {
    const flags = detect({
      'RF-CAUDA': true,
      'RF-CANCER': true,
      'SLA-F': true,
    });
    expect(flags.map((f) => [f.itemId, f.clientInstruction])).toEqual([
      ['RF-CAUDA', urgentInstruction(['nerves'])],
      ['RF-CANCER', undefined],
      ['SLA-F', undefined],
    ]);
  });

  it('words the client instruction as one action now, with concrete 112 triggers', () => {
    expect(URGENT_CLIENT_INSTRUCTION.nl).toMatch(
      /^Bel nu je huisarts \(avond, nacht of weekend: de huisartsenpost\)\./,
    );
    expect(URGENT_CLIENT_INSTRUCTION.en).toMatch(/^Call your GP now/);
    for (const text of Object.values(URGENT_112_TRIGGERS)) {
      expect(text.nl).toMatch(/^Bel 112 (als|bij) /);
      expect(text.en).toMatch(/^Call 112 (if|with) /);
    }
    const all = JSON.stringify([
      URGENT_CLIENT_INSTRUCTION,
      URGENT_112_TRIGGERS,
    ]);
    expect(all).not.toMatch(
      /vandaag nog|ernstige klachten|afspraak|appointment/,
    );
  });

  it('gives each urgent cluster its own instruction', () => {
    const instruction = (answers: Answers) =>
      detect(answers)[0]?.clientInstruction?.nl ?? '';
    expect(instruction({ 'RF-CAUDA': true })).toContain('plassen');
    expect(instruction({ 'RF-NEURO': true })).toContain('benen');
    expect(instruction({ 'RF-SUDDEN': true })).toContain('flauwvalt');
    expect(instruction({ 'RF-FEVER': true })).toContain('verward');
  });

  it('raises the infection context to urgent when fever is also reported', () => {
    const flags = detect({
      'RF-FEVER': true,
      'RF-ILL': true,
      'RF-IMMUNO': true,
      'IMM-F': true,
      IMM4: 8,
    });
    expect(flags.map((f) => [f.itemId, f.urgency, f.raisedBy])).toEqual([
      ['IMM4', 'urgent_same_day', ['RF-FEVER']],
      ['IMM-F', 'urgent_same_day', ['RF-FEVER']],
      ['RF-FEVER', 'urgent_same_day', undefined],
      ['RF-ILL', 'urgent_same_day', ['RF-FEVER']],
      ['RF-IMMUNO', 'urgent_same_day', ['RF-FEVER']],
    ]);
  });

  it('keeps the infection context at its own urgency without fever', () => {
    expect(
      detect({ 'RF-ILL': true, 'IMM-F': true }).map((f) => f.urgency),
    ).toEqual(['gp_review', 'gp_review']);
  });

  it('sorts the most urgent first, then in form order', () => {
    expect(
      detect({
        'SLA-F': true,
        'RF-TRAUMA': true,
        'RF-NEURO': true,
        'RF-CANCER': true,
      }).map((f) => f.itemId),
    ).toEqual(['RF-NEURO', 'RF-CANCER', 'RF-TRAUMA', 'SLA-F']);
  });

  it.each<[string, Answers]>([
    ['declined', { 'IMM-F': PREFER_NOT_TO_SAY }],
    ['malformed', { 'RF-FEVER': 'ja' }],
    ['empty', { 'RF-FEVER': null }],
  ])('ignores a %s answer', (_, answers) => {
    expect(detect(answers)).toEqual([]);
  });

  it('never lowers an urgency through a combination rule', () => {
    const rule = {
      condition: 'vascular',
      urgency: 'urgent_same_day',
      label: { nl: 'x', en: 'x' },
    } as const;
    const item: InstrumentItem = {
      id: 'X',
      module: 'red_flags',
      text: { nl: 'x', en: 'x' },
      answer: { kind: 'yes_no' },
      required: true,
      allowPreferNotToSay: false,
      redFlag: { ...rule, raiseWhen: { itemIds: ['Y'], urgency: 'advice' } },
    };
    const other: InstrumentItem = {
      ...item,
      id: 'Y',
      redFlag: rule,
    };
    const definition: InstrumentDefinition = {
      ...intake,
      items: [item, other],
    };
    expect(detectRedFlags(definition, { X: true, Y: true })[0]).toMatchObject({
      itemId: 'X',
      urgency: 'urgent_same_day',
    });
    expect(
      detectRedFlags(definition, { X: true, Y: true })[0]?.raisedBy,
    ).toBeUndefined();
  });

  it('needs a minimum value before a numeric item can raise a flag', () => {
    const item: InstrumentItem = {
      id: 'N',
      module: 'red_flags',
      text: { nl: 'n', en: 'n' },
      answer: {
        kind: 'scale',
        min: 0,
        max: 10,
        anchors: { min: { nl: '0', en: '0' }, max: { nl: '10', en: '10' } },
      },
      required: false,
      allowPreferNotToSay: false,
      redFlag: {
        condition: 'vascular',
        urgency: 'gp_review',
        label: { nl: 'n', en: 'n' },
      },
    };
    expect(detectRedFlags({ ...intake, items: [item] }, { N: 10 })).toEqual([]);
  });
});

describe('clientInstructionFor, clientNoteFor and needsMedicalClearance', () => {
  const advice = { urgency: 'advice', condition: 'sleep_apnoea' } as const;
  const review = { urgency: 'gp_review', condition: 'malignancy' } as const;
  const cauda = {
    urgency: 'urgent_same_day',
    condition: 'cauda_equina',
  } as const;
  it.each([
    [[], null, null, false],
    [[advice], null, null, false],
    [[review], null, GP_REVIEW_CLIENT_NOTE, true],
    [[advice, cauda], urgentInstruction(['nerves']), null, true],
    [[review, cauda], urgentInstruction(['nerves']), null, true],
  ] as const)(
    'for %p gives instruction %p, note %p and clearance %p',
    (flags, instruction, note, pending) => {
      expect(clientInstructionFor(flags)).toEqual(instruction);
      expect(clientNoteFor(flags)).toEqual(note);
      expect(needsMedicalClearance(flags)).toBe(pending);
    },
  );

  it('says "call now" once and lists the 112 triggers of every urgent cluster', () => {
    const text = clientInstructionFor([
      cauda,
      { urgency: 'urgent_same_day', condition: 'neurological_deficit' },
      { urgency: 'urgent_same_day', condition: 'infection' },
      { urgency: 'urgent_same_day', condition: 'fracture' },
    ]);
    expect(text).toEqual(urgentInstruction(['nerves', 'infection', 'other']));
    expect(text?.nl.match(/Bel nu/g)).toHaveLength(1);
  });

  it('reassures after the screen only when no red flag was answered "yes"', () => {
    expect(reassuranceAfterScreen([])).toEqual(AFTER_SCREEN_REASSURANCE);
    expect(AFTER_SCREEN_REASSURANCE.nl).toMatch(
      /^Bij de meeste mensen met langdurige rugpijn/,
    );
    expect(reassuranceAfterScreen([review])).toBeNull();
  });
});
