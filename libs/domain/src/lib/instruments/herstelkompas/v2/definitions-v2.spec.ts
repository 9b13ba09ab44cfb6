import type { Answers } from '../../answers';
import type {
  InstrumentDefinition,
  InstrumentItem,
} from '../../instrument-types';
import { detectRedFlags } from '../../../red-flags/detect-red-flags';
import { urgentInstruction } from '../../../red-flags/red-flag-texts';
import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
} from '../definitions';
import { SAFETY_113_NOTICE } from '../items-stress';
import { BREATHING_MEDICAL_NOTICE_V2 } from './domain-items';

const intake = HERSTELKOMPAS_INTAKE_V2;
const followUp = HERSTELKOMPAS_FOLLOW_UP_V2;
const item = (definition: InstrumentDefinition, id: string): InstrumentItem => {
  const found = definition.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const screen = (definition: InstrumentDefinition) =>
  definition.items.filter((i) => i.module === 'red_flags');

/** Every screen item "no", plus the answers given. */
const answered = (
  definition: InstrumentDefinition,
  answers: Answers,
): Answers => ({
  ...Object.fromEntries(screen(definition).map((i) => [i.id, false])),
  ...answers,
});
const flags = (answers: Answers, definition = intake) =>
  detectRedFlags(definition, answered(definition, answers)).map((f) => [
    f.itemId,
    f.urgency,
  ]);

describe.each([
  ['herstelkompas-intake', intake, HERSTELKOMPAS_INTAKE_V1],
  ['herstelkompas-follow-up', followUp, HERSTELKOMPAS_FOLLOW_UP_V1],
])('%s v2', (id, v2, v1) => {
  it('is version 2 of the same instrument, with one name for the client', () => {
    expect(v2).toMatchObject({ id, version: 2, purpose: v1.purpose });
    expect(v2.title).toEqual({
      nl: 'Vragenlijst Herstelkompas',
      en: 'Herstelkompas questionnaire',
    });
  });

  it('starts with the red-flag screen, before any domain item or reassurance', () => {
    expect(v2.steps[0]?.kind).toBe('red_flags');
    expect(v2.steps.filter((s) => s.kind === 'red_flags')).toHaveLength(1);
    const before = [v2.description, v2.steps[0]?.intro];
    expect(JSON.stringify(before)).not.toMatch(/veilig|geen zorgen|onschuldig/);
    expect(v2.steps[0]?.intro.nl).toContain(
      'helpen ons na te gaan of een arts eerst moet meekijken',
    );
    expect(JSON.stringify(v2)).not.toMatch(
      /maken we zeker|op dit moment of sinds kort/,
    );
  });

  it('keeps every scored item: same construct id, keying, answer format and weight', () => {
    const scored = (d: InstrumentDefinition) =>
      d.items
        .filter((i) => i.keying)
        .map((i) => ({
          id: i.id,
          domain: i.domain,
          module: i.module,
          keying: i.keying,
          kind: i.answer.kind,
          range:
            i.answer.kind === 'scale' || i.answer.kind === 'number'
              ? [i.answer.min, i.answer.max]
              : null,
          options:
            i.answer.kind === 'single_choice'
              ? i.answer.options.map((o) => o.id)
              : null,
          weight: i.weight,
          enableWhen: i.enableWhen,
          required: i.required,
        }));
    expect(scored(v2)).toEqual(scored(v1));
    const measures = (d: InstrumentDefinition) =>
      d.items.filter((i) => i.measure).map((i) => [i.id, i.measure]);
    expect(measures(v2)).toEqual(measures(v1));
  });

  it('splits cauda equina into four B1-level items, early signs included', () => {
    const cauda = screen(v2).filter((i) => i.id.startsWith('RF-CAUDA'));
    expect(cauda.map((i) => i.id)).toEqual([
      'RF-CAUDA-BLADDER',
      'RF-CAUDA-BOWEL',
      'RF-CAUDA-NUMB',
      'RF-CAUDA-LEGS',
    ]);
    for (const i of cauda) {
      expect(i.redFlag).toMatchObject({
        condition: 'cauda_equina',
        urgency: 'urgent_same_day',
      });
      expect(i.text.nl.split(/\s+/).length).toBeLessThanOrEqual(32);
    }
    expect(item(v2, 'RF-CAUDA-NUMB').text.nl).toMatch(/afvegen/);
  });

  it('gives every screen item its own time frame', () => {
    const frame =
      /op dit moment|laatste dagen of weken|afgelopen (dagen|weken|maanden|jaar|jaren|3 maanden|6 tot 12 maanden)|ooit|sinds de vorige keer|in de dagen na|3 maanden of langer|de afgelopen jaren|na een kleine val|heb je een|heeft iemand in je familie|is je afweer op dit moment/i;
    for (const i of screen(v2)) {
      expect([i.id, frame.test(i.text.nl)]).toEqual([i.id, true]);
    }
  });

  it('shows the 113 text beside every emotional item and 112 beside chest pain', () => {
    const with113 = v2.items
      .filter((i) => i.safetyNotice === SAFETY_113_NOTICE)
      .map((i) => i.id);
    expect(with113).toEqual(['STR5', 'STR6', 'VOE6', 'MB1']);
    expect(item(v2, 'ADM5').safetyNotice).toBe(BREATHING_MEDICAL_NOTICE_V2);
    expect(BREATHING_MEDICAL_NOTICE_V2.nl).toMatch(/borst\? Bel dan 112/);
  });

  it('marks every reversed item under the question', () => {
    const reversed = v2.items.filter((i) => i.keying?.kind === 'reversed');
    expect(reversed.map((i) => i.id)).toEqual(['BEW6', 'VOE1', 'SLA3', 'B4']);
    for (const i of reversed) expect(i.help?.nl).toMatch(/^Let op: bij deze/);
  });
});

describe('herstelkompas-intake v2 red flags', () => {
  const instruction = (answers: Answers) =>
    detectRedFlags(intake, answered(intake, answers))[0]?.clientInstruction;

  it.each([
    ['RF-CAUDA-BLADDER', 'nerves'],
    ['RF-CAUDA-BOWEL', 'nerves'],
    ['RF-CAUDA-NUMB', 'nerves'],
    ['RF-CAUDA-LEGS', 'nerves'],
    ['RF-NEURO', 'nerves'],
    ['RF-SUDDEN', 'vascular'],
  ] as const)(
    'shows the %s instruction of cluster %s at once',
    (id, cluster) => {
      expect(instruction({ [id]: true })).toEqual(urgentInstruction([cluster]));
    },
  );

  it('makes fever urgent only together with illness or an infection risk', () => {
    expect(flags({ 'RF-FEVER': true })).toEqual([['RF-FEVER', 'gp_review']]);
    for (const risk of ['RF-ILL', 'RF-PROCEDURE', 'RF-IMMUNO', 'RF-DRUGS']) {
      expect(flags({ 'RF-FEVER': true, [risk]: true })).toEqual([
        ['RF-FEVER', 'urgent_same_day'],
        [risk, 'urgent_same_day'],
      ]);
    }
    expect(instruction({ 'RF-FEVER': true, 'RF-ILL': true })).toEqual(
      urgentInstruction(['infection']),
    );
  });

  it('keeps diabetes or weakened immunity alone at advice', () => {
    expect(flags({ 'RF-IMMUNO': true })).toEqual([['RF-IMMUNO', 'advice']]);
    expect(flags({ 'RF-IMMUNO': true, 'RF-ILL': true })).toEqual([
      ['RF-ILL', 'gp_review'],
      ['RF-IMMUNO', 'gp_review'],
    ]);
  });

  it('never makes a domain item urgent: the screen decides before anything else', () => {
    const answers = answered(intake, {
      'RF-FEVER': true,
      'IMM-F': true,
      IMM4: 9,
    });
    expect(
      detectRedFlags(intake, answers).map((f) => [f.itemId, f.urgency]),
    ).toEqual([
      ['RF-FEVER', 'gp_review'],
      ['IMM4', 'gp_review'],
      ['IMM-F', 'gp_review'],
    ]);
    expect(flags({ 'IMM-F': true })).toEqual([['IMM-F', 'advice']]);
  });

  it('ties the throbbing belly to vascular risk, and sudden pain is urgent', () => {
    expect(flags({ 'RF-VASC': true })).toEqual([]);
    expect(flags({ 'RF-PULSE': true })).toEqual([['RF-PULSE', 'advice']]);
    expect(flags({ 'RF-PULSE': true, 'RF-VASC': true })).toEqual([
      ['RF-PULSE', 'gp_review'],
    ]);
    expect(flags({ 'RF-PULSE': true, 'RF-SUDDEN': true })).toEqual([
      ['RF-SUDDEN', 'urgent_same_day'],
      ['RF-PULSE', 'urgent_same_day'],
    ]);
  });

  it('raises spondyloarthritis features and minor trauma only in combination', () => {
    for (const id of ['RF-BUTTOCK', 'RF-SPA-DISEASE', 'RF-FAMILY']) {
      expect(flags({ [id]: true })).toEqual([[id, 'advice']]);
      expect(flags({ [id]: true, 'RF-INFLAM': true })).toEqual([
        ['RF-INFLAM', 'gp_review'],
        [id, 'gp_review'],
      ]);
    }
    expect(flags({ 'RF-MINOR-TRAUMA': true })).toEqual([
      ['RF-MINOR-TRAUMA', 'advice'],
    ]);
    expect(flags({ 'RF-MINOR-TRAUMA': true, 'RF-OSTEO': true })).toEqual([
      ['RF-MINOR-TRAUMA', 'gp_review'],
      ['RF-OSTEO', 'gp_review'],
    ]);
  });

  it('asks history items with "ooit" or their own period, not "op dit moment"', () => {
    expect(item(intake, 'RF-CANCER').text.nl).toMatch(/ooit kanker/);
    expect(item(intake, 'RF-STEROID').text.nl).toMatch(/3 maanden of langer/);
    expect(item(intake, 'RF-WEIGHT').text.nl).toMatch(/6 tot 12 maanden/);
    expect(item(intake, 'RF-TRAUMA').text.nl).toMatch(/in de dagen na/);
    expect(item(intake, 'RF-WEIGHT').help?.nl).toContain('meer dan 4 kilo');
    expect(item(intake, 'RF-NEURO').text.nl).toContain(
      'voel je er steeds minder',
    );
    expect(item(intake, 'RF-NIGHT').text.nl).toContain('én');
  });

  it('has the new KNGF/NHG items', () => {
    const ids = screen(intake).map((i) => i.id);
    for (const id of [
      'RF-DRUGS',
      'RF-HEIGHT',
      'RF-MINOR-TRAUMA',
      'RF-OSTEO',
      'RF-SPA-DISEASE',
      'RF-BUTTOCK',
      'RF-FAMILY',
      'RF-PROGRESS',
      'RF-VASC',
      'RF-PULSE',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('RF-WORSE');
  });
});

describe('herstelkompas-follow-up v2 red flags', () => {
  it('asks history items as new since last time', () => {
    for (const id of [
      'RF-CANCER',
      'RF-STEROID',
      'RF-OSTEO',
      'RF-TRAUMA',
      'RF-MINOR-TRAUMA',
      'RF-IMMUNO',
      'RF-DRUGS',
      'RF-PROCEDURE',
      'RF-SPA-DISEASE',
    ]) {
      expect([id, item(followUp, id).text.nl]).toEqual([
        id,
        expect.stringContaining('sinds de vorige keer'),
      ]);
      expect(item(followUp, id).redFlag?.label.nl).toMatch(
        /sinds de vorige vragenlijst/,
      );
    }
    const ids = screen(followUp).map((i) => i.id);
    expect(ids).not.toContain('RF-FAMILY');
    expect(ids).not.toContain('RF-HEIGHT');
  });

  it('asks whether the pain got worse despite the care', () => {
    expect(item(followUp, 'RF-WORSE').text.nl).toBe(
      'Is je rugpijn sinds de vorige keer erger geworden, ondanks de begeleiding?',
    );
    expect(flags({ 'RF-WORSE': true }, followUp)).toEqual([
      ['RF-WORSE', 'gp_review'],
    ]);
  });
});
