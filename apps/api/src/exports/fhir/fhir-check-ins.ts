import { CHECK_IN_QUESTIONS, type DOMAIN_IDS } from '@herstelkompas/domain';
import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import type { CheckIn } from '../../check-ins/check-in.entity';
import type { ClientRecordData } from '../client-record';
import { FHIR_BASE, reference, stableUuid } from './fhir-codes';

/** The weekly check-in form: ours, self-reported, not a validated instrument. */
export const CHECK_IN_QUESTIONNAIRE = `${FHIR_BASE}/Questionnaire/herstelkompas-check-in`;
/** Marks a resource as the client's own between-session estimate. */
export const SELF_REPORTED_TAG = {
  system: `${FHIR_BASE}/CodeSystem/record-kinds`,
  code: 'self-reported-check-in',
  display: 'Check-in (eigen inschatting), geen gevalideerde intakescore',
};

function valueOf(row: CheckIn, id: string): number | null {
  if (id === 'painNow') return row.painNow;
  if (id === 'movementSafety') return row.movementSafety;
  return row[id as (typeof DOMAIN_IDS)[number]];
}

/**
 * Each sent weekly check-in as a QuestionnaireResponse of the check-in form,
 * tagged self-reported: a reader keeps it apart from the intake's
 * responses and their domain-score Observations (there are none for a
 * check-in on purpose). Drafts are not in the clinical bundle.
 */
export function checkInResponses(
  data: ClientRecordData,
  subject: Patient,
): { checkInId: string; response: QuestionnaireResponse }[] {
  const patient = reference(subject, subject.name?.[0]?.text);
  return data.checkIns
    .filter((c) => c.status === 'submitted' && c.submittedAt)
    .map((c) => {
      const items: QuestionnaireResponseItem[] = CHECK_IN_QUESTIONS.flatMap(
        (q) => {
          const value = valueOf(c, q.id);
          return value === null
            ? []
            : [
                {
                  linkId: q.id,
                  text: q.text.nl,
                  answer: [{ valueInteger: value }],
                },
              ];
        },
      );
      if (c.note)
        items.push({
          linkId: 'note',
          text: 'Eigen zin',
          answer: [{ valueString: c.note }],
        });
      const response: QuestionnaireResponse = {
        resourceType: 'QuestionnaireResponse',
        id: stableUuid('check-in', c.id),
        meta: { tag: [SELF_REPORTED_TAG] },
        questionnaire: CHECK_IN_QUESTIONNAIRE,
        status: 'completed',
        subject: patient,
        authored: (c.submittedAt as Date).toISOString(),
        author: patient,
        source: patient,
        item: items,
      };
      return { checkInId: c.id, response };
    });
}
