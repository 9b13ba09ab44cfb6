import {
  type AnswerValue,
  BAND_LABELS,
  DOMAIN_IDS,
  type EnableCondition,
  type InstrumentDefinition,
  type InstrumentItem,
  PREFER_NOT_TO_SAY,
} from '@herstelkompas/domain';
import type {
  Observation,
  ObservationComponent,
  Patient,
  Practitioner as FhirPractitioner,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import type { Assessment } from '../../assessments/assessment.entity';
import { answerCoding, PAIN_MEASURE_LABELS } from './fhir-code-systems';
import {
  BAND_SYSTEM,
  domainConcept,
  FHIR_BASE,
  NPRS_LOINC,
  PAIN_MEASURE_SYSTEM,
  reference,
  scoreQuantity,
  stableUuid,
} from './fhir-codes';

/** The canonical URL of an instrument, with `|version` as FHIR writes it. */
export const questionnaireUrl = (definition: InstrumentDefinition) =>
  `${FHIR_BASE}/Questionnaire/${definition.id}`;

const ITEM_TYPE: Record<
  InstrumentItem['answer']['kind'],
  QuestionnaireItem['type']
> = {
  scale: 'integer',
  number: 'decimal',
  single_choice: 'choice',
  multi_choice: 'choice',
  yes_no: 'boolean',
  free_text: 'text',
};

function enableWhen(
  condition: EnableCondition,
  definition: InstrumentDefinition,
): QuestionnaireItemEnableWhen[] {
  const question = condition.itemId;
  const asked = definition.items.find((i) => i.id === question)?.answer;
  // The answer's type follows the question's (a choice compares codings).
  const answer = (value: string | number | boolean) => {
    if (typeof value === 'boolean') return { answerBoolean: value };
    if (asked?.kind === 'single_choice' || asked?.kind === 'multi_choice')
      return { answerCoding: answerCoding(definition, String(value)) };
    if (typeof value === 'number')
      return asked?.kind === 'scale' ||
        (asked?.kind === 'number' && asked.integer)
        ? { answerInteger: value }
        : { answerDecimal: value };
    return { answerString: value };
  };
  switch (condition.operator) {
    case 'answered':
      return [{ question, operator: 'exists', answerBoolean: true }];
    case 'equals':
      return [{ question, operator: '=', ...answer(condition.value) }];
    case 'in':
      return condition.values.map((value) => ({
        question,
        operator: '=' as const,
        ...answer(value),
      }));
  }
}

/** The standard code of an item where one exists, else ours. */
function itemCode(item: InstrumentItem) {
  if (item.measure === 'nprs_now') return [NPRS_LOINC];
  const label = item.measure && PAIN_MEASURE_LABELS[item.measure];
  return label
    ? [{ system: PAIN_MEASURE_SYSTEM, code: item.measure, display: label }]
    : undefined;
}

function questionItem(
  item: InstrumentItem,
  definition: InstrumentDefinition,
): QuestionnaireItem {
  const conditions = (item.enableWhen ?? []).flatMap((c) =>
    enableWhen(c, definition),
  );
  const { answer } = item;
  return {
    linkId: item.id,
    code: itemCode(item),
    text: item.text.nl,
    type:
      answer.kind === 'number' && answer.integer
        ? 'integer'
        : answer.kind === 'free_text' && !answer.multiline
          ? 'string'
          : ITEM_TYPE[answer.kind],
    required: item.required,
    ...(answer.kind === 'multi_choice' ? { repeats: true } : {}),
    ...(answer.kind === 'single_choice' || answer.kind === 'multi_choice'
      ? {
          answerOption: answer.options.map((o) => ({
            valueCoding: answerCoding(definition, o.id, o.label.nl),
          })),
        }
      : {}),
    ...(conditions.length
      ? {
          enableWhen: conditions,
          // One "in" becomes several "=": any of them enables the item.
          enableBehavior: conditions.length > 1 ? 'any' : 'all',
        }
      : {}),
  };
}

/** An instrument definition as a FHIR Questionnaire: one group per step. */
export function questionnaire(definition: InstrumentDefinition): Questionnaire {
  const byId = new Map(definition.items.map((i) => [i.id, i]));
  return {
    resourceType: 'Questionnaire',
    id: stableUuid('questionnaire', definition.id, String(definition.version)),
    url: questionnaireUrl(definition),
    version: String(definition.version),
    name: definition.id.replace(/[^A-Za-z0-9]/g, '_'),
    title: definition.title.nl,
    status: 'active',
    description: `${definition.description.nl} ${definition.classification.label.nl}`,
    item: definition.steps.map((step) => ({
      linkId: step.id,
      text: step.title.nl,
      type: 'group',
      item: step.itemIds.flatMap((id) => {
        const item = byId.get(id);
        return item ? [questionItem(item, definition)] : [];
      }),
    })),
  };
}

function answers(
  item: InstrumentItem,
  value: AnswerValue,
  definition: InstrumentDefinition,
): QuestionnaireResponseItemAnswer[] {
  const { answer } = item;
  const label = (id: string) =>
    answer.kind === 'single_choice' || answer.kind === 'multi_choice'
      ? answer.options.find((o) => o.id === id)?.label.nl
      : undefined;
  if (Array.isArray(value)) {
    return value.map((code) => ({
      valueCoding: answerCoding(definition, code, label(code)),
    }));
  }
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number') {
    const integer =
      answer.kind === 'scale' || (answer.kind === 'number' && answer.integer);
    return [integer ? { valueInteger: value } : { valueDecimal: value }];
  }
  if (answer.kind === 'single_choice') {
    return [
      {
        valueCoding: answerCoding(
          definition,
          value as string,
          label(value as string),
        ),
      },
    ];
  }
  return [{ valueString: value as string }];
}

function responseItem(
  item: InstrumentItem,
  value: AnswerValue | null | undefined,
  definition: InstrumentDefinition,
): QuestionnaireResponseItem | null {
  if (value === null || value === undefined) return null;
  if (value === PREFER_NOT_TO_SAY) {
    // Declined on purpose: FHIR's data-absent-reason says exactly that.
    return {
      linkId: item.id,
      text: item.text.nl,
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
          valueCode: 'asked-declined',
        },
      ],
    };
  }
  return {
    linkId: item.id,
    text: item.text.nl,
    answer: answers(item, value, definition),
  };
}

/**
 * One filled-in intake, mirroring the Questionnaire's groups. The client is
 * always the source of the answers; the author is whoever put them in: the
 * client by link, or the practitioner in a session.
 */
export function questionnaireResponse(
  assessment: Assessment,
  definition: InstrumentDefinition,
  patient: Patient,
  enteredBy: FhirPractitioner | undefined,
): QuestionnaireResponse {
  const byId = new Map(definition.items.map((i) => [i.id, i]));
  const groups = definition.steps.flatMap((step) => {
    const items = step.itemIds.flatMap((id) => {
      const item = byId.get(id);
      const answered =
        item && responseItem(item, assessment.answers[id], definition);
      return answered ? [answered] : [];
    });
    return items.length
      ? [{ linkId: step.id, text: step.title.nl, item: items }]
      : [];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id: assessment.id,
    questionnaire: `${questionnaireUrl(definition)}|${definition.version}`,
    status: 'completed',
    subject: reference(patient),
    authored: assessment.submittedAt.toISOString(),
    author:
      assessment.enteredBy === 'client'
        ? reference(patient, patient.name?.[0]?.text)
        : enteredBy && reference(enteredBy, enteredBy.name?.[0]?.text),
    source: reference(patient, patient.name?.[0]?.text),
    item: groups,
  };
}

/** A domain score per domain: 0-100, with its band, derived from the response. */
export function domainObservations(
  assessment: Assessment,
  response: QuestionnaireResponse,
  patient: Patient,
): Observation[] {
  return DOMAIN_IDS.map((domain): Observation => {
    const { score, band } = assessment.domainScores[domain];
    return {
      resourceType: 'Observation',
      id: stableUuid('observation', assessment.id, domain),
      status: 'final',
      category: [SURVEY],
      code: domainConcept(domain),
      subject: reference(patient),
      effectiveDateTime: assessment.submittedAt.toISOString(),
      derivedFrom: [reference(response)],
      ...(score === null
        ? {
            dataAbsentReason: {
              coding: [
                {
                  system:
                    'http://terminology.hl7.org/CodeSystem/data-absent-reason',
                  code: 'not-performed',
                },
              ],
              text: 'onvoldoende gegevens',
            },
          }
        : {
            valueQuantity: scoreQuantity(score),
          }),
      ...(band
        ? {
            interpretation: [
              {
                coding: [
                  {
                    system: BAND_SYSTEM,
                    code: band,
                    display: BAND_LABELS[band].nl,
                  },
                ],
              },
            ],
          }
        : {}),
      note: [{ text: `Algoritme ${assessment.algorithmVersion}` }],
    };
  });
}

const SURVEY = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};

const NOT_ANSWERED = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
      code: 'asked-declined',
      display: 'Asked But Declined',
    },
  ],
  text: 'niet beantwoord',
};

/**
 * The pain outcome of an intake: NPRS now under its LOINC code, the week's
 * average and worst and the interference as components in our own system.
 */
export function painObservation(
  assessment: Assessment,
  response: QuestionnaireResponse,
  patient: Patient,
): Observation | null {
  const pain = assessment.pain as unknown as Record<string, unknown> | null;
  if (!pain) return null;
  const number = (key: string) =>
    typeof pain[key] === 'number' ? (pain[key] as number) : null;
  const now = number('nprsNow');
  const components = (
    ['nprsAverage', 'nprsWorst', 'interference'] as const
  ).map((key): ObservationComponent => {
    const measure =
      key === 'nprsAverage'
        ? 'nprs_average'
        : key === 'nprsWorst'
          ? 'nprs_worst'
          : 'interference';
    const value = number(key);
    return {
      code: {
        coding: [
          {
            system: PAIN_MEASURE_SYSTEM,
            code: measure,
            display: PAIN_MEASURE_LABELS[measure],
          },
        ],
      },
      ...(value === null
        ? { dataAbsentReason: NOT_ANSWERED }
        : { valueQuantity: scoreQuantity(value) }),
    };
  });
  return {
    resourceType: 'Observation',
    id: stableUuid('observation', assessment.id, 'pain'),
    status: 'final',
    category: [SURVEY],
    code: { coding: [NPRS_LOINC], text: 'Pijnintensiteit (NPRS)' },
    subject: reference(patient),
    effectiveDateTime: assessment.submittedAt.toISOString(),
    derivedFrom: [reference(response)],
    ...(now === null
      ? { dataAbsentReason: NOT_ANSWERED }
      : { valueQuantity: scoreQuantity(now) }),
    component: components,
  };
}
