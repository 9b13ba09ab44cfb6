import { HERSTELKOMPAS_INTAKE_V1 } from '@herstelkompas/domain';
import type {
  Appointment,
  Bundle,
  CarePlan,
  CodeSystem,
  Consent,
  DocumentReference,
  FhirResource,
  Flag,
  Goal,
  Observation,
  Patient,
  Questionnaire,
  QuestionnaireResponse,
} from 'fhir/r4';
import { PRACTITIONER } from '../../../test/support/sample-record';
import { fhirProblems } from '../../../test/support/fhir-check';
import {
  fhirEmptyElements,
  fhirSchemaErrors,
} from '../../../test/support/fhir-schema';
import { sampleClientRecord } from '../../../test/support/sample-record';
import { fhirBundle } from './fhir-bundle';
import {
  APPOINTMENT_TYPE_SYSTEM,
  BAND_SYSTEM,
  DOMAIN_SYSTEM,
  stableUuid,
} from './fhir-codes';
import { escapeXhtml } from './fhir-narrative';
import { pruneEmpty } from './fhir-prune';

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

  it("passes HL7's R4 JSON schema and holds no empty array, object or string", () => {
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    expect(fhirEmptyElements(bundle)).toEqual([]);
    // A plan without goals, a client without notes: still nothing empty.
    const sparse = fhirBundle({ ...record, goals: [], notes: [] });
    expect(fhirSchemaErrors(sparse)).toEqual([]);
    expect(fhirEmptyElements(sparse)).toEqual([]);
    expect(fhirProblems(sparse)).toEqual([]);
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
        contained: [
          {
            resourceType: 'Organization',
            id: 'gp',
            name: 'Huisartsenpraktijk Oost',
          },
        ],
        generalPractitioner: [
          {
            reference: '#gp',
            type: 'Organization',
            display: 'Huisartsenpraktijk Oost',
          },
        ],
      }),
    ]);
  });

  it("carries the GP's phone and e-mail in a contained Practitioner", () => {
    const withGp = fhirBundle({
      ...record,
      client: {
        ...record.client,
        gp: {
          name: 'Dr. A. Smit',
          practice: 'Huisartsenpraktijk Oost',
          phone: '030-1234567',
          email: 'praktijk@huisarts.example',
        },
      },
    });
    const patient = withGp.entry?.find(
      (e) => e.resource?.resourceType === 'Patient',
    )?.resource as Patient;
    expect(patient.contained).toEqual([
      {
        resourceType: 'Practitioner',
        id: 'gp',
        name: [{ text: 'Dr. A. Smit' }],
        telecom: [
          { system: 'phone', value: '030-1234567' },
          { system: 'email', value: 'praktijk@huisarts.example' },
        ],
      },
    ]);
    expect(patient.generalPractitioner).toEqual([
      {
        reference: '#gp',
        type: 'Practitioner',
        display: 'Dr. A. Smit, Huisartsenpraktijk Oost',
      },
    ]);
    expect(patient.text?.div).toContain('030-1234567');
    expect(fhirSchemaErrors(withGp)).toEqual([]);
    expect(fhirEmptyElements(withGp)).toEqual([]);
    expect(fhirProblems(withGp)).toEqual([]);
    // No GP at all: nothing contained, nothing referenced.
    const none = fhirBundle({
      ...record,
      client: { ...record.client, gp: null },
    });
    const bare = none.entry?.[0]?.resource as Patient;
    expect(bare.contained).toBeUndefined();
    expect(bare.generalPractitioner).toBeUndefined();
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
    const observations = all<Observation>('Observation').filter(
      (o) => o.code.coding?.[0]?.system === DOMAIN_SYSTEM,
    );
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
        detailQuantity: {
          value: 40,
          comparator: '<',
          unit: 'score',
          system: 'http://unitsofmeasure.org',
          code: '{score}',
        },
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

  it('exports signed notes as final documents, drafts as preliminary, addenda as appending documents', () => {
    const documents = all<DocumentReference>('DocumentReference');
    const [first, second, draft] = record.notes;
    const byId = (id?: string) => documents.find((d) => d.id === id);
    expect(byId(first?.note.id)).toMatchObject({
      status: 'current',
      docStatus: 'final',
      date: first?.note.signedAt?.toISOString(),
      author: [{ display: 'Marloes de Wit' }],
      authenticator: { display: 'Marloes de Wit' },
      content: [
        { attachment: { contentType: 'text/markdown; charset=UTF-8' } },
      ],
    });
    const markdown = Buffer.from(
      byId(first?.note.id)?.content[0]?.attachment.data as string,
      'base64',
    ).toString('utf8');
    expect(markdown).toContain(first?.note.text);
    expect(byId(second?.note.id)?.docStatus).toBe('final');
    expect(byId(draft?.note.id)).toMatchObject({ docStatus: 'preliminary' });
    expect(byId(draft?.note.id)?.authenticator).toBeUndefined();
    const addendum = byId(first?.addenda[0]?.id);
    expect(addendum).toMatchObject({
      docStatus: 'final',
      date: first?.addenda[0]?.createdAt.toISOString(),
      relatesTo: [
        {
          code: 'appends',
          target: { reference: `urn:uuid:${first?.note.id}` },
        },
      ],
    });
    expect(documents).toHaveLength(4);
  });

  it('writes each red flag as a Flag with its item, urgency, status and acknowledgement', () => {
    const [flag] = all<Flag>('Flag');
    const review = record.redFlags[0];
    expect(flag).toMatchObject({
      id: review?.id,
      status: 'inactive',
      code: {
        coding: [{ code: review?.flag.condition }],
        text: review?.flag.label.nl,
      },
      period: {
        start: review?.raisedAt.toISOString(),
        end: review?.acknowledgedAt?.toISOString(),
      },
    });
    const ext = (url: string) =>
      flag?.extension?.find((e) => e.url.endsWith(url));
    expect(ext('red-flag-item')?.valueString).toBe('RF-CANCER');
    expect(ext('flag-detail')?.valueReference?.reference).toBe(
      `urn:uuid:${record.assessments[0]?.id}`,
    );
    expect(
      ext('flag-priority')?.valueCodeableConcept?.coding?.map((c) => c.code),
    ).toEqual(['PM', review?.flag.urgency]);
    expect(ext('red-flag-acknowledgement')?.extension).toEqual([
      {
        url: 'by',
        valueReference: expect.objectContaining({
          reference: `urn:uuid:${PRACTITIONER.id}`,
        }),
      },
      { url: 'at', valueDateTime: review?.acknowledgedAt?.toISOString() },
      {
        url: 'action',
        valueCoding: expect.objectContaining({ code: 'client_informed' }),
      },
      { url: 'note', valueString: 'besproken met de huisarts' },
    ]);
  });

  it('books each appointment as an Appointment with its status, times, type and participants', () => {
    const [held, cancelled] = all<Appointment>('Appointment');
    expect(all('Appointment')).toHaveLength(2);
    const patient = {
      reference: `urn:uuid:${record.client.id}`,
      type: 'Patient',
    };
    const practitioner = {
      reference: `urn:uuid:${PRACTITIONER.id}`,
      type: 'Practitioner',
      display: PRACTITIONER.displayName,
    };
    expect(held).toMatchObject({
      id: record.appointments[0]?.id,
      status: 'fulfilled',
      start: '2026-01-12T09:30:00.000Z',
      end: '2026-01-12T10:15:00.000Z',
      minutesDuration: 45,
      serviceType: [
        {
          coding: [
            {
              system: APPOINTMENT_TYPE_SYSTEM,
              code: 'coaching',
              display: 'Coachingsafspraak',
            },
          ],
        },
      ],
      description: 'Praktijk Rugwijs, kamer 2',
      comment: 'Neemt slaapdagboek mee.',
      participant: [
        { actor: patient, required: 'required', status: 'accepted' },
        { actor: practitioner, required: 'required', status: 'accepted' },
      ],
    });
    expect(held?.text?.div).toContain('Begin: 12-01-2026 10:30');
    expect(cancelled?.status).toBe('cancelled');
    expect(cancelled?.participant.map((p) => p.actor?.type)).toEqual([
      'Patient',
      'Practitioner',
    ]);
    // No location or note: the elements are left out, not written empty.
    expect(cancelled).not.toHaveProperty('description');
    expect(cancelled).not.toHaveProperty('comment');
    const statuses = (['planned', 'done', 'cancelled', 'no_show'] as const).map(
      (status) =>
        (
          fhirBundle({
            ...record,
            appointments: [
              {
                ...(record
                  .appointments[0] as (typeof record.appointments)[number]),
                status,
              },
            ],
          }).entry?.find((e) => e.resource?.resourceType === 'Appointment')
            ?.resource as Appointment
        ).status,
    );
    expect(statuses).toEqual(['booked', 'fulfilled', 'cancelled', 'noshow']);
    const types = all<CodeSystem>('CodeSystem').find(
      (c) => c.url === APPOINTMENT_TYPE_SYSTEM,
    );
    expect(types?.concept?.map((c) => c.code)).toEqual([
      'intake',
      'coaching',
      'follow_up',
      'remote',
    ]);
  });

  it('says who answered and who entered each questionnaire', () => {
    const [inSession, byLink] = all<QuestionnaireResponse>(
      'QuestionnaireResponse',
    );
    const patient = { reference: `urn:uuid:${record.client.id}` };
    expect(inSession?.source).toMatchObject(patient);
    expect(inSession?.author).toMatchObject({
      reference: `urn:uuid:${PRACTITIONER.id}`,
      type: 'Practitioner',
    });
    expect(byLink?.source).toMatchObject(patient);
    expect(byLink?.author).toMatchObject({ ...patient, type: 'Patient' });
  });

  it('gives every Coding a system and includes each of our code systems it uses', () => {
    // fhirProblems checks this for the whole bundle; here the answer codes.
    const intake = all<Questionnaire>('Questionnaire')[0];
    const imm2 = intake?.item
      ?.flatMap((g) => g.item ?? [])
      .find((i) => i.linkId === 'IMM2');
    expect(imm2?.answerOption?.[0]?.valueCoding?.system).toBe(
      'https://herstelkompas.nl/fhir/CodeSystem/herstelkompas-intake-answers',
    );
    expect(imm2?.enableWhen?.[0]?.answerCoding?.system).toBe(
      'https://herstelkompas.nl/fhir/CodeSystem/herstelkompas-intake-answers',
    );
    const urls = all<CodeSystem>('CodeSystem').map((c) => c.url);
    expect(urls).toEqual(expect.arrayContaining([DOMAIN_SYSTEM, BAND_SYSTEM]));
    const broken = structuredClone(bundle) as Bundle;
    const cs = broken.entry?.find(
      (e) => (e.resource as CodeSystem | undefined)?.url === BAND_SYSTEM,
    );
    broken.entry = broken.entry?.filter((e) => e !== cs);
    expect(fhirProblems(broken)).toContainEqual(
      expect.stringContaining(`CodeSystem ${BAND_SYSTEM} is not in the bundle`),
    );
  });

  it('has a pain Observation per intake under the LOINC NPRS code, in UCUM', () => {
    const pain = all<Observation>('Observation').filter(
      (o) => o.code.coding?.[0]?.system === 'http://loinc.org',
    );
    expect(pain).toHaveLength(2);
    expect(pain[0]).toMatchObject({
      code: { coding: [{ code: '72514-3' }] },
      valueQuantity: {
        value: record.assessments[0]?.pain.nprsNow,
        system: 'http://unitsofmeasure.org',
        code: '{score}',
      },
    });
    expect(pain[0]?.component?.map((c) => c.code.coding?.[0]?.code)).toEqual([
      'nprs_average',
      'nprs_worst',
      'interference',
    ]);
  });

  it('leaves a domain without a score as data absent, not as an empty value', () => {
    const immune = all<Observation>('Observation').filter(
      (o) => o.code.coding?.[0]?.code === 'immune',
    );
    expect(record.assessments[1]?.domainScores.immune.score).toBeNull();
    expect(immune[1]?.valueQuantity).toBeUndefined();
    expect(immune[1]?.interpretation).toBeUndefined();
    expect(immune[1]?.dataAbsentReason?.coding?.[0]?.code).toBe(
      'not-performed',
    );
  });

  it('identifies the client within the practice and links the plan with its goals', () => {
    expect(all('Patient')[0]).toMatchObject({
      identifier: [
        {
          system: `https://herstelkompas.nl/fhir/sid/practice/${record.practice.id}/client`,
          value: record.client.id,
          assigner: { reference: `urn:uuid:${record.practice.id}` },
        },
      ],
    });
    const [plan] = all<CarePlan>('CarePlan');
    expect(plan?.goal?.map((g) => g.reference)).toEqual(
      record.goals.map((g) => `urn:uuid:${g.id}`),
    );
    expect(plan?.activity?.[0]?.detail?.goal?.length).toBeGreaterThan(0);
    expect(all('Practitioner')).toHaveLength(1);
    expect(all('Organization')).toHaveLength(1);
  });

  it('gives every resource a generated narrative that escapes what it shows', () => {
    const hostile = fhirBundle({
      ...record,
      client: {
        ...record.client,
        firstName: '<script>alert("x")</script>',
        lastName: "O'Neil & <b>Zn</b>",
      },
    });
    const patient = hostile.entry?.[0]?.resource as FhirResource & {
      text: { status: string; div: string };
    };
    expect(patient.text.status).toBe('generated');
    expect(patient.text.div).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; &lt;b&gt;Zn&lt;/b&gt;',
    );
    expect(patient.text.div).not.toMatch(/<script|<b>Zn/);
    expect(fhirSchemaErrors(hostile)).toEqual([]);
    expect(escapeXhtml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('drops empty elements and finds any that remain', () => {
    expect(
      pruneEmpty({ a: [], b: {}, c: '', d: [{ e: '' }], f: 0, g: false }),
    ).toEqual({ f: 0, g: false });
    const broken = structuredClone(bundle) as Bundle;
    (broken.entry?.[0]?.resource as Patient).name = [];
    expect(fhirEmptyElements(broken)).toEqual(['$.entry[0].resource.name']);
    expect(fhirSchemaErrors(broken)).toEqual([]);
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
    const response = broken.entry?.find(
      (e) => e.resource?.resourceType === 'QuestionnaireResponse',
    )?.resource as QuestionnaireResponse;
    const imm1 = response.item
      ?.flatMap((g) => g.item ?? [])
      .find((i) => i.linkId === 'IMM1');
    const coding = imm1?.answer?.[0]?.valueCoding as { code: string };
    coding.code = 'bogus';
    expect(fhirProblems(broken)).toContainEqual(
      'response item IMM1: bogus is not one of its options',
    );
    // The schema leaves primitives optional (an extension may stand in),
    // but knows every element's name and every code's value set.
    Object.assign(goal, { lifecycleStatus: 'done', progress: 'half' });
    expect(fhirSchemaErrors(broken)).toEqual([
      expect.stringMatching(
        /^Goal \d+ must NOT have additional properties.*progress/,
      ),
      expect.stringMatching(
        /^Goal \d+\/lifecycleStatus must be equal to one of the allowed values/,
      ),
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
