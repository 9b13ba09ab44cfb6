import type {
  Bundle,
  CarePlan,
  FhirResource,
  QuestionnaireResponse,
} from 'fhir/r4';
import { fhirProblems } from '../../../test/support/fhir-check';
import {
  fhirEmptyElements,
  fhirSchemaErrors,
} from '../../../test/support/fhir-schema';
import {
  PRACTITIONER,
  sampleCheckIn,
  sampleClientRecord,
} from '../../../test/support/sample-record';
import type {
  HomeworkAssignment,
  HomeworkCompletion,
} from '../../homework/homework.entity';
import { fhirBundle } from './fhir-bundle';
import { CHECK_IN_QUESTIONNAIRE } from './fhir-check-ins';
import { fullUrl } from './fhir-codes';

const at = new Date('2026-03-01T09:00:00Z');
const WALK = '0b8f5a52-7c1e-4d0e-9a54-1a7f6c3d2e01';
const BREATHE = '0b8f5a52-7c1e-4d0e-9a54-1a7f6c3d2e02';

const assignment = (over: Partial<HomeworkAssignment>): HomeworkAssignment =>
  ({
    id: WALK,
    practiceId: 'p-1',
    clientId: 'c-1',
    exerciseId: null,
    domain: 'movement',
    title: 'Dagelijks wandelen',
    instructions: 'Elke dag twintig minuten in je eigen tempo.',
    frequency: 'daily',
    timesPerWeek: null,
    startsOn: '2026-04-01',
    endsOn: '2026-04-30',
    status: 'active',
    endedOn: null,
    sessionNoteId: null,
    createdById: PRACTITIONER.id,
    createdAt: at,
    updatedAt: at,
    ...over,
  }) as HomeworkAssignment;

const tick = (
  assignmentId: string,
  doneOn: string,
  over: Partial<HomeworkCompletion> = {},
): HomeworkCompletion =>
  ({
    id: `0b8f5a52-7c1e-4d0e-9a54-${doneOn.replaceAll('-', '')}000${assignmentId.slice(-1)}`,
    practiceId: 'p-1',
    clientId: 'c-1',
    assignmentId,
    doneOn,
    note: null,
    minutes: null,
    createdAt: at,
    ...over,
  }) as HomeworkCompletion;

function plans(bundle: Bundle): CarePlan[] {
  return (bundle.entry ?? [])
    .map((e) => e.resource as FhirResource)
    .filter(
      (r): r is CarePlan =>
        r.resourceType === 'CarePlan' &&
        [WALK, BREATHE].includes(r.id as string),
    );
}

describe('homework in the FHIR bundle', () => {
  const record = {
    ...sampleClientRecord(),
    homework: [
      assignment({}),
      assignment({
        id: BREATHE,
        domain: 'breathing',
        title: 'Buikademhaling',
        frequency: 'weekly',
        timesPerWeek: 3,
        startsOn: '2026-03-02',
        endsOn: '2026-05-31',
        status: 'ended',
        endedOn: '2026-03-20',
      }),
    ],
    homeworkCompletions: [
      tick(BREATHE, '2026-03-03'),
      tick(WALK, '2026-04-02', { minutes: 25, note: 'Met de hond.' }),
      tick(WALK, '2026-04-03'),
    ],
  };
  const bundle = fhirBundle(record);

  it("passes HL7's R4 JSON schema with homework, references resolve", () => {
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    expect(fhirEmptyElements(bundle)).toEqual([]);
    expect(fhirProblems(bundle)).toEqual([]);
  });

  it('gives each assignment a CarePlan ordered by the practitioner for the patient, ticks as progress', () => {
    const [walk, breathe] = plans(bundle);
    const patient = bundle.entry?.find(
      (e) => e.resource?.resourceType === 'Patient',
    )?.resource;
    expect(walk).toMatchObject({
      status: 'active',
      intent: 'order',
      title: 'Dagelijks wandelen',
      description: 'Elke dag twintig minuten in je eigen tempo.',
      subject: { reference: fullUrl(patient?.id as string) },
      author: { reference: fullUrl(PRACTITIONER.id), type: 'Practitioner' },
      period: { start: '2026-04-01', end: '2026-04-30' },
    });
    const activity = walk?.activity?.[0];
    expect(activity?.detail).toMatchObject({
      kind: 'Task',
      status: 'in-progress',
      code: { coding: [{ code: 'movement' }] },
      scheduledTiming: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
      performer: [{ type: 'Patient' }],
    });
    expect(activity?.progress).toEqual([
      expect.objectContaining({
        time: '2026-04-02',
        text: 'Gedaan · 25 min · Met de hond.',
        authorReference: expect.objectContaining({ type: 'Patient' }),
      }),
      expect.objectContaining({ time: '2026-04-03', text: 'Gedaan' }),
    ]);
    // Ended early by the practitioner: the plan is revoked, the period ends that day.
    expect(breathe).toMatchObject({
      status: 'revoked',
      period: { start: '2026-03-02', end: '2026-03-20' },
    });
    expect(breathe?.activity?.[0]?.detail).toMatchObject({
      status: 'stopped',
      scheduledTiming: { repeat: { frequency: 3, periodUnit: 'wk' } },
    });
    expect(breathe?.activity?.[0]?.progress).toHaveLength(1);
  });

  it("names the homework a check-in says was done, as references to the plans, still within HL7's schema", () => {
    const checkIn = sampleCheckIn({
      id: '0b8f5a52-7c1e-4d0e-9a54-1a7f6c3d2e10',
      homeworkDone: [WALK, BREATHE],
    });
    const withCheckIn = fhirBundle({ ...record, checkIns: [checkIn] });
    expect(fhirSchemaErrors(withCheckIn)).toEqual([]);
    expect(fhirEmptyElements(withCheckIn)).toEqual([]);
    expect(fhirProblems(withCheckIn)).toEqual([]);
    const response = (withCheckIn.entry ?? [])
      .map((e) => e.resource as FhirResource)
      .find(
        (r): r is QuestionnaireResponse =>
          r.resourceType === 'QuestionnaireResponse' &&
          r.questionnaire === `${CHECK_IN_QUESTIONNAIRE}|1`,
      );
    const done = response?.item?.find((i) => i.linkId === 'homeworkDone');
    expect(done?.answer).toEqual([
      {
        valueReference: {
          reference: fullUrl(WALK),
          type: 'CarePlan',
          display: 'Dagelijks wandelen',
        },
      },
      {
        valueReference: {
          reference: fullUrl(BREATHE),
          type: 'CarePlan',
          display: 'Buikademhaling',
        },
      },
    ]);
    // Each reference lands on a plan of this bundle.
    const urls = new Set(withCheckIn.entry?.map((e) => e.fullUrl));
    for (const a of done?.answer ?? [])
      expect(urls.has(a.valueReference?.reference)).toBe(true);
  });

  it('leaves no homework plan when none was assigned', () => {
    expect(plans(fhirBundle(sampleClientRecord()))).toEqual([]);
  });
});
