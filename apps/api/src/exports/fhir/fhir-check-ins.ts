import { CHECK_IN_QUESTIONS, type DOMAIN_IDS } from '@herstelkompas/domain';
import type {
  CarePlan,
  Patient,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import type { CheckIn } from '../../check-ins/check-in.entity';
import type { ClientRecordData } from '../client-record';
import { FHIR_BASE, reference, stableUuid } from './fhir-codes';

/** The weekly check-in form: ours, self-reported, not a validated instrument. */
export const CHECK_IN_QUESTIONNAIRE = `${FHIR_BASE}/Questionnaire/herstelkompas-check-in`;
/** Its version: raise it when a question or its answer type changes. */
export const CHECK_IN_QUESTIONNAIRE_VERSION = '1';
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
 * The check-in form itself, in the bundle beside its responses so a reader
 * can resolve `questionnaire` and knows each answer's type: the 0-10 scales,
 * the homework done (references to the assignments' CarePlans) and the
 * optional sentence.
 */
export function checkInQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: stableUuid('questionnaire', 'check-in', CHECK_IN_QUESTIONNAIRE_VERSION),
    url: CHECK_IN_QUESTIONNAIRE,
    version: CHECK_IN_QUESTIONNAIRE_VERSION,
    name: 'herstelkompas_check_in',
    title: 'Wekelijkse check-in',
    status: 'active',
    description:
      'Eigen inschatting van de afgelopen week (0-10), geen gevalideerd instrument en geen intakescore.',
    item: [
      ...CHECK_IN_QUESTIONS.map((q): QuestionnaireItem => ({
        linkId: q.id,
        text: q.text.nl,
        type: 'integer',
      })),
      {
        linkId: 'homeworkDone',
        text: 'Huiswerk gedaan',
        type: 'reference',
        repeats: true,
      },
      { linkId: 'note', text: 'Eigen zin', type: 'string' },
    ],
  };
}

/**
 * The homework the client said they did that week: each a reference to the
 * assignment's CarePlan in the same bundle, named by its title, so a reader
 * sees what was done without the ids. An id no longer in the record stays as
 * plain text rather than a reference that would not resolve.
 */
function homeworkDoneItem(
  row: CheckIn,
  data: ClientRecordData,
): QuestionnaireResponseItem | null {
  if (!row.homeworkDone?.length) return null;
  const titles = new Map(data.homework.map((h) => [h.id, h.title]));
  return {
    linkId: 'homeworkDone',
    text: 'Huiswerk gedaan',
    answer: row.homeworkDone.map((id) => {
      const title = titles.get(id);
      return title === undefined
        ? { valueString: id }
        : {
            valueReference: reference(
              { resourceType: 'CarePlan', id } as CarePlan,
              title,
            ),
          };
    }),
  };
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
      const done = homeworkDoneItem(c, data);
      if (done) items.push(done);
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
        questionnaire: `${CHECK_IN_QUESTIONNAIRE}|${CHECK_IN_QUESTIONNAIRE_VERSION}`,
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
