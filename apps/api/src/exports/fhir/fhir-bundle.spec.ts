import { HERSTELKOMPAS_INTAKE_V1 } from '@herstelkompas/domain';
import type {
  Bundle,
  CarePlan,
  Consent,
  FhirResource,
  Goal,
  Observation,
  Questionnaire,
  QuestionnaireResponse,
} from 'fhir/r4';
import { fhirProblems } from '../../../test/support/fhir-check';
import { sampleClientRecord } from '../../../test/support/sample-record';
import { fhirBundle } from './fhir-bundle';
import { DOMAIN_SYSTEM, stableUuid } from './fhir-codes';

const record = sampleClientRecord();
const bundle = fhirBundle(record);
const all = <T extends FhirResource>(type: T['resourceType']): T[] =>
  (bundle.entry ?? [])
    .map((e) => e.resource as FhirResource)
    .filter((r): r is T => r.resourceType === type);

describe('fhirBundle', () => {
  it('is a structurally sound R4 collection: urls, references, required fields', () => {
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-04-10T08:00:00.000Z',
    });
    expect(fhirProblems(bundle)).toEqual([]);
  });

  it('is the same for the same record', () => {
    expect(fhirBundle(sampleClientRecord())).toEqual(bundle);
  });

  it('describes the client as a Patient with a Dutch surname as typed', () => {
    expect(all('Patient')).toEqual([
      expect.objectContaining({
        id: record.client.id,
        birthDate: '1980-06-15',
        name: [
          {
            use: 'official',
            text: 'José van der Berg',
            family: 'van der Berg',
            given: ['José'],
          },
        ],
        generalPractitioner: [{ display: 'Huisartsenpraktijk Oost' }],
      }),
    ]);
  });

  it('turns the instrument into a Questionnaire and each intake into a response', () => {
    const [intake] = all<Questionnaire>('Questionnaire');
    expect(intake).toMatchObject({
      url: 'https://herstelkompas.nl/fhir/Questionnaire/herstelkompas-intake',
      version: '1',
      status: 'active',
    });
    const items = intake?.item?.flatMap((g) => g.item ?? []) ?? [];
    expect(items.find((i) => i.linkId === 'IMM2')).toMatchObject({
      type: 'choice',
      enableBehavior: 'any',
      enableWhen: [
        { question: 'IMM1', operator: '=', answerCoding: { code: '1' } },
        { question: 'IMM1', operator: '=', answerCoding: { code: '2' } },
        {
          question: 'IMM1',
          operator: '=',
          answerCoding: { code: '3_or_more' },
        },
      ],
    });
    expect(items.find((i) => i.linkId === 'HIST5')?.enableWhen).toEqual([
      { question: 'HIST4', operator: '=', answerBoolean: true },
    ]);
    expect(items.find((i) => i.linkId === 'STR1')).toMatchObject({
      type: 'integer',
      required: false,
    });
    const [first] = all<QuestionnaireResponse>('QuestionnaireResponse');
    expect(first?.questionnaire).toBe(
      `https://herstelkompas.nl/fhir/Questionnaire/herstelkompas-intake|${HERSTELKOMPAS_INTAKE_V1.version}`,
    );
    const answered = first?.item?.flatMap((g) => g.item ?? []) ?? [];
    expect(answered.find((i) => i.linkId === 'RF-CANCER')?.answer).toEqual([
      { valueBoolean: true },
    ]);
    // Declined on purpose: no answer, a data-absent-reason instead.
    expect(answered.find((i) => i.linkId === 'STR6')).toMatchObject({
      extension: [{ valueCode: 'asked-declined' }],
    });
    expect(answered.find((i) => i.linkId === 'STR6')?.answer).toBeUndefined();
  });

  it('gives an Observation per domain score, coded in the local domain system', () => {
    const observations = all<Observation>('Observation');
    expect(observations).toHaveLength(2 * 6);
    const stress = observations[0];
    expect(stress).toMatchObject({
      status: 'final',
      code: {
        coding: [{ system: DOMAIN_SYSTEM, code: 'stress', display: 'Stress' }],
      },
      valueQuantity: {
        value: record.assessments[0]?.domainScores.stress.score,
        code: '{score}',
      },
    });
    expect(all('CodeSystem')[0]).toMatchObject({
      url: DOMAIN_SYSTEM,
      concept: expect.arrayContaining([
        expect.objectContaining({ code: 'immune', display: 'Immuunsysteem' }),
      ]),
    });
  });

  it('maps the five goal statuses onto FHIR goal life cycles', () => {
    expect(
      all<Goal>('Goal').map((g) => [
        g.lifecycleStatus,
        g.achievementStatus?.coding?.[0]?.code,
      ]),
    ).toEqual([
      ['proposed', undefined],
      ['active', undefined],
      ['completed', 'achieved'],
      ['completed', 'not-achieved'],
      ['cancelled', undefined],
    ]);
    expect(all<Goal>('Goal')[1]?.target).toEqual([
      expect.objectContaining({
        detailQuantity: { value: 40, comparator: '<' },
        dueDate: '2026-06-01',
      }),
    ]);
  });

  it('writes the priority decision as a CarePlan with an activity per focus domain', () => {
    const [plan] = all<CarePlan>('CarePlan');
    expect(plan).toMatchObject({
      status: 'active',
      intent: 'plan',
      note: [{ text: 'Beter slapen geeft ruimte voor de rest.' }],
    });
    expect(
      plan?.activity?.map((a) => a.detail?.code?.coding?.[0]?.code),
    ).toEqual(['sleep', 'stress']);
  });

  it('states the consent, withdrawn or given', () => {
    expect(all<Consent>('Consent')[0]).toMatchObject({
      status: 'active',
      dateTime: record.client.consentGivenAt?.toISOString(),
      provision: { type: 'permit' },
    });
    const withdrawn = fhirBundle({
      ...record,
      client: {
        ...record.client,
        consentWithdrawnAt: new Date('2026-03-01T00:00:00Z'),
      },
    });
    const consent = withdrawn.entry?.find(
      (e) => e.resource?.resourceType === 'Consent',
    )?.resource as Consent;
    expect(consent).toMatchObject({
      status: 'inactive',
      provision: { type: 'deny' },
    });
  });

  it('has a checker that catches a broken reference or a missing field', () => {
    const broken = structuredClone(bundle) as Bundle;
    const goal = broken.entry?.find((e) => e.resource?.resourceType === 'Goal')
      ?.resource as Goal;
    goal.subject = { reference: 'urn:uuid:nobody' };
    delete (goal as Partial<Goal>).lifecycleStatus;
    expect(fhirProblems(broken)).toEqual([
      expect.stringContaining('lacks lifecycleStatus'),
      expect.stringContaining('urn:uuid:nobody does not resolve'),
    ]);
  });
});

describe('stableUuid', () => {
  it('is a version-5-style UUID, the same for the same parts', () => {
    const id = stableUuid('observation', 'a', 'stress');
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(stableUuid('observation', 'a', 'stress')).toBe(id);
    expect(stableUuid('observation', 'a', 'sleep')).not.toBe(id);
    expect(stableUuid('ab', 'c')).not.toBe(stableUuid('a', 'bc'));
  });
});
