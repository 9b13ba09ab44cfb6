import {
  RED_FLAG_CONDITION_LABELS,
  type RedFlagUrgency,
  URGENCY_LABELS,
} from '@herstelkompas/domain';
import type {
  Extension,
  Flag,
  Organization,
  Patient,
  Practitioner as FhirPractitioner,
  QuestionnaireResponse,
} from 'fhir/r4';
import type { ClientRecordData } from '../client-record';
import { RED_FLAG_ACTION_LABELS } from './fhir-code-systems';
import {
  ACKNOWLEDGEMENT_EXTENSION,
  RED_FLAG_ACTION_SYSTEM,
  RED_FLAG_CONDITION_SYSTEM,
  RED_FLAG_ITEM_EXTENSION,
  RED_FLAG_URGENCY_SYSTEM,
  reference,
} from './fhir-codes';

/** FHIR's own flag priorities, next to ours: same day is high, advice low. */
const PRIORITY: Record<RedFlagUrgency, { code: string; display: string }> = {
  urgent_same_day: { code: 'PH', display: 'High priority' },
  gp_review: { code: 'PM', display: 'Medium priority' },
  advice: { code: 'PL', display: 'Low priority' },
};

/**
 * Each red flag as a clinical Flag: the suspected condition as its code, the
 * item that raised it and the intake it came from (flag-detail), the urgency
 * (flag-priority), and once acknowledged, who did so, when, what action was
 * taken and the note. An open flag is `active`; an acknowledged one is
 * `inactive`, its period ending at the acknowledgement.
 */
export function redFlags(
  data: ClientRecordData,
  subject: Patient,
  org: Organization,
  responses: Map<string, QuestionnaireResponse>,
  authors: Map<string, FhirPractitioner>,
): Flag[] {
  return data.redFlags.map((review) => {
    const { flag } = review;
    const response = responses.get(
      review.assessmentId ?? review.checkInId ?? '',
    );
    const by = review.acknowledgedById
      ? authors.get(review.acknowledgedById)
      : undefined;
    const acknowledgement: Extension[] = review.acknowledgedAt
      ? [
          {
            url: ACKNOWLEDGEMENT_EXTENSION,
            extension: [
              ...(by
                ? [
                    {
                      url: 'by',
                      valueReference: reference(by, by.name?.[0]?.text),
                    },
                  ]
                : []),
              { url: 'at', valueDateTime: review.acknowledgedAt.toISOString() },
              ...(review.action
                ? [
                    {
                      url: 'action',
                      valueCoding: {
                        system: RED_FLAG_ACTION_SYSTEM,
                        code: review.action,
                        display: RED_FLAG_ACTION_LABELS[review.action],
                      },
                    },
                  ]
                : []),
              ...(review.note
                ? [{ url: 'note', valueString: review.note }]
                : []),
            ],
          },
        ]
      : [];
    return {
      resourceType: 'Flag',
      id: review.id,
      extension: [
        { url: RED_FLAG_ITEM_EXTENSION, valueString: flag.itemId },
        ...(response
          ? [
              {
                url: 'http://hl7.org/fhir/StructureDefinition/flag-detail',
                valueReference: reference(response),
              },
            ]
          : []),
        {
          url: 'http://hl7.org/fhir/StructureDefinition/flag-priority',
          valueCodeableConcept: {
            coding: [
              {
                system:
                  'http://terminology.hl7.org/CodeSystem/flag-priority-code',
                ...PRIORITY[flag.urgency],
              },
              {
                system: RED_FLAG_URGENCY_SYSTEM,
                code: flag.urgency,
                display: URGENCY_LABELS[flag.urgency]?.nl,
              },
            ],
          },
        },
        ...acknowledgement,
      ],
      status: review.acknowledgedAt ? 'inactive' : 'active',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/flag-category',
              code: 'clinical',
              display: 'Clinical',
            },
          ],
        },
      ],
      code: {
        coding: [
          {
            system: RED_FLAG_CONDITION_SYSTEM,
            code: flag.condition,
            display: RED_FLAG_CONDITION_LABELS[flag.condition]?.nl,
          },
        ],
        text: flag.label.nl,
      },
      subject: reference(subject),
      period: {
        start: review.raisedAt.toISOString(),
        end: review.acknowledgedAt?.toISOString(),
      },
      author: reference(org),
    };
  });
}
