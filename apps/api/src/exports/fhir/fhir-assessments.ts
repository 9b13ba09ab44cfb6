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
  Patient,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import type { Assessment } from '../../assessments/assessment.entity';
import {
  BAND_SYSTEM,
  domainConcept,
  FHIR_BASE,
  reference,
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

function enableWhen(condition: EnableCondition): QuestionnaireItemEnableWhen[] {
  const question = condition.itemId;
  switch (condition.operator) {
    case 'answered':
      return [{ question, operator: 'exists', answerBoolean: true }];
    case 'equals':
      return [
        typeof condition.value === 'boolean'
          ? { question, operator: '=', answerBoolean: condition.value }
          : typeof condition.value === 'number'
            ? { question, operator: '=', answerDecimal: condition.value }
            : {
                question,
                operator: '=',
                answerCoding: { code: condition.value },
              },
      ];
    case 'in':
      return condition.values.map((value) => ({
        question,
        operator: '=' as const,
        answerCoding: { code: String(value) },
      }));
  }
}

function questionItem(item: InstrumentItem): QuestionnaireItem {
  const conditions = (item.enableWhen ?? []).flatMap(enableWhen);
  const { answer } = item;
  return {
    linkId: item.id,
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
            valueCoding: { code: o.id, display: o.label.nl },
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
        return item ? [questionItem(item)] : [];
      }),
    })),
  };
}

function answers(
  item: InstrumentItem,
  value: AnswerValue,
): QuestionnaireResponseItemAnswer[] {
  const { answer } = item;
  const label = (id: string) =>
    answer.kind === 'single_choice' || answer.kind === 'multi_choice'
      ? answer.options.find((o) => o.id === id)?.label.nl
      : undefined;
  if (Array.isArray(value)) {
    return value.map((code) => ({
      valueCoding: { code, display: label(code) },
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
        valueCoding: { code: value as string, display: label(value as string) },
      },
    ];
  }
  return [{ valueString: value as string }];
}

function responseItem(
  item: InstrumentItem,
  value: AnswerValue | null | undefined,
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
  return { linkId: item.id, text: item.text.nl, answer: answers(item, value) };
}

/** One filled-in intake, mirroring the Questionnaire's groups. */
export function questionnaireResponse(
  assessment: Assessment,
  definition: InstrumentDefinition,
  patient: Patient,
): QuestionnaireResponse {
  const byId = new Map(definition.items.map((i) => [i.id, i]));
  const groups = definition.steps.flatMap((step) => {
    const items = step.itemIds.flatMap((id) => {
      const item = byId.get(id);
      const answered = item && responseItem(item, assessment.answers[id]);
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
      category: [
        {
          coding: [
            {
              system:
                'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'survey',
            },
          ],
        },
      ],
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
            valueQuantity: {
              value: score,
              unit: 'score',
              system: 'http://unitsofmeasure.org',
              code: '{score}',
            },
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
