import { csvNumber } from '../../src/exports/csv';
import Ajv from 'ajv';
import type {
  Bundle,
  CarePlan,
  Communication,
  QuestionnaireResponse,
} from 'fhir/r4';
import {
  buildClientRecord,
  type ClientRecordFixture,
} from '../support/client-record';
import { fhirProblems } from '../support/fhir-check';
import { fhirEmptyElements, fhirSchemaErrors } from '../support/fhir-schema';
import { pdfText } from '../support/pdf-text';
import { portalBrowser } from '../support/portal';
import { RECORD_SCHEMA } from '../support/record-schema';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';
import { unzip } from '../support/unzip';
import type { Practitioner } from '../../src/practices/practitioner.entity';

describe('exports', () => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;
  let outsider: Session;
  let record: ClientRecordFixture;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 2 });
    owner = await signIn(t.app, practice.owner.email);
    const [a, b] = practice.practitioners as [Practitioner, Practitioner];
    colleague = await signIn(t.app, a.email);
    outsider = await signIn(t.app, b.email);
    record = await buildClientRecord(
      t,
      owner,
      {
        gp: {
          name: 'Dr. A. Smit',
          practice: 'Huisartsenpraktijk De Linde',
          phone: '030-1234567',
          email: 'praktijk@huisarts.example',
        },
      },
      { homework: true },
    );
    // A sent check-in that names the breathing homework as done.
    await t.dataSource.query(
      `INSERT INTO check_ins (practice_id, client_id, week, status, pain_now, stress, breathing,
                              movement, nutrition, sleep, immune, movement_safety, homework_done, submitted_at)
       SELECT practice_id, id, '2026-W49', 'submitted', 4, 5, 4, 6, 3, 5, 2, 6, ARRAY[$2]::uuid[], now()
         FROM clients WHERE id = $1`,
      [record.clientId, record.homeworkIds[0]],
    );
    await buildClient(t.app, owner, {
      firstName: 'Zoë',
      lastName: 'Öztürk',
      responsiblePractitionerId: a.id,
    });
    const archived = await buildClient(t.app, owner, {
      firstName: 'Ad',
      lastName: 'Archief',
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/clients/${archived.id}/archive`,
      headers: owner.headers,
    });
  });
  afterAll(() => t.close());

  const get = (session: Session, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const csvLines = async (session: Session, query = '') => {
    const response = await get(session, `/api/exports/clients.csv${query}`);
    expect(response.statusCode).toBe(200);
    return response.rawPayload.toString('utf8').split('\r\n').slice(1, -1);
  };

  describe('the client list as CSV', () => {
    it('is UTF-8 with a BOM, semicolons, Dutch headers, words and decimal commas', async () => {
      const response = await get(owner, '/api/exports/clients.csv');
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="clienten-\d{2}-\d{2}-\d{4}\.csv"; filename\*=UTF-8''cli%C3%ABnten-/,
      );
      expect([...response.rawPayload.subarray(0, 3)]).toEqual([
        0xef, 0xbb, 0xbf,
      ]);
      const [header, ...rows] = response.rawPayload
        .toString('utf8')
        .slice(1)
        .split('\r\n');
      expect(header).toBe(
        '"Naam";"Geboortedatum";"E-mail";"Status";"Behandelaar";"Laatste activiteit";"Focusdomeinen";"Score stress";"Score ademhaling";"Score beweging";"Score voeding";"Score slaap";"Score immuunsysteem";"Open rode vlaggen"',
      );
      const jose = rows.find((r) => r.startsWith('"Wit, José de"')) as string;
      const scores = (
        await get(owner, `/api/clients/${record.clientId}`)
      ).json().latestScores;
      expect(jose).toContain('"23-04-1978"');
      expect(jose).toContain('"Actief"');
      expect(jose).toContain('"Slaap, Stress"');
      expect(jose).toContain(`"${csvNumber(scores.stress, 'semicolon')}"`);
      expect(rows.some((r) => r.startsWith('"Öztürk, Zoë"'))).toBe(true);
      expect(rows.some((r) => r.includes('Archief'))).toBe(false);
    });

    it('applies the list filters', async () => {
      expect(await csvLines(owner, '?search=zoe')).toEqual([
        expect.stringMatching(/^"Öztürk, Zoë"/),
      ]);
      expect(await csvLines(owner, '?focusDomain=sleep')).toEqual([
        expect.stringMatching(/^"Wit, José de"/),
      ]);
      expect(await csvLines(owner, '?status=archived')).toEqual([
        expect.stringMatching(/^"Archief, Ad"/),
      ]);
      expect(await csvLines(owner, '?sort=-name')).toEqual([
        expect.stringMatching(/^"Wit, José de"/),
        expect.stringMatching(/^"Öztürk, Zoë"/),
      ]);
    });

    it('writes commas and decimal points when asked', async () => {
      const [line] = await csvLines(
        owner,
        '?focusDomain=sleep&separator=comma',
      );
      const scores = (
        await get(owner, `/api/clients/${record.clientId}`)
      ).json().latestScores;
      expect(line).toContain('"Slaap, Stress",');
      expect(line).toContain(`,"${csvNumber(scores.stress, 'comma')}",`);
    });

    it('holds only the clients the caller may see', async () => {
      expect(await csvLines(colleague)).toEqual([
        expect.stringMatching(/^"Öztürk, Zoë"/),
      ]);
      expect(await csvLines(outsider)).toEqual([]);
    });

    it('refuses an unknown separator or filter', async () => {
      const bad = await get(owner, '/api/exports/clients.csv?separator=tab');
      expect(bad.statusCode).toBe(400);
      const paged = await get(owner, '/api/exports/clients.csv?page=2');
      expect(paged.statusCode).toBe(400);
    });

    it('is logged with its filters and row count, without names or the search words', async () => {
      await csvLines(owner, '?search=zoe');
      const [line] = await t.dataSource.query(
        `SELECT action, part, details FROM audit_events
         WHERE event = 'client.export' ORDER BY occurred_at DESC LIMIT 1`,
      );
      expect(line).toEqual({
        action: 'E',
        part: 'list',
        details: { filters: { search: true }, rowCount: 1 },
      });
    });
  });

  describe("a client's complete record as ZIP", () => {
    let files: Map<string, Buffer>;
    let issued: Buffer;

    beforeAll(async () => {
      await t.app.inject({
        method: 'POST',
        url: `/api/clients/${record.clientId}/intake-invitations`,
        headers: owner.headers,
        payload: { variant: 'follow_up' },
      });
      const made = await t.app.inject({
        method: 'POST',
        url: `/api/clients/${record.clientId}/reports/progress.pdf`,
        headers: owner.headers,
      });
      issued = made.rawPayload;
      const portal = await portalBrowser(
        t.app,
        owner,
        record.clientId,
        '1978-04-23',
      );
      const asked = await t.app.inject({
        method: 'POST',
        url: '/api/portal/messages',
        headers: portal.headers,
        payload: { text: 'Mag ik de oefening ook staand doen?' },
      });
      expect(asked.statusCode).toBe(201);
      // Listing marks the client's message read for the practice.
      await get(owner, `/api/clients/${record.clientId}/messages`);
      const answered = await t.app.inject({
        method: 'POST',
        url: `/api/clients/${record.clientId}/messages`,
        headers: owner.headers,
        payload: { text: 'Ja, dat mag.' },
      });
      expect(answered.statusCode).toBe(201);
      const response = await get(
        owner,
        `/api/clients/${record.clientId}/export`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="dossier-jose-de-wit-\d{2}-\d{2}-\d{4}\.zip"/,
      );
      files = await unzip(response.rawPayload);
    });

    it('holds the three parts and every report that was issued, unchanged', () => {
      const names = [...files.keys()];
      expect(names.slice(0, 3)).toEqual([
        'record.json',
        'progress-report.pdf',
        'fhir-bundle.json',
      ]);
      const reports = names.slice(3);
      expect(reports).toEqual([
        expect.stringMatching(/^reports\/001-voortgang-jose-de-wit-.*\.pdf$/),
      ]);
      expect(files.get(reports[0] as string)?.equals(issued)).toBe(true);
    });

    it('has a record.json that matches its schema and holds everything', async () => {
      const json = JSON.parse((files.get('record.json') as Buffer).toString());
      const validate = new Ajv({ allErrors: true }).compile(RECORD_SCHEMA);
      const valid = validate(json);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(json.client.firstName).toBe('José');
      expect(json.assessments).toHaveLength(2);
      expect(json.assessments[0].answers['RF-CANCER']).toBe(true);
      expect(json.sessionNotes).toHaveLength(3);
      expect(
        json.sessionNotes.flatMap((n: { addenda: { text: string }[] }) =>
          n.addenda.map((a) => a.text),
        ),
      ).toEqual(['Ademoefening toegevoegd.']);
      expect(json.appointments).toEqual([
        expect.objectContaining({
          id: record.appointmentId,
          type: 'coaching',
          status: 'planned',
          durationMinutes: 45,
          location: 'Praktijk, kamer 2',
          note: 'Slaapdagboek meenemen.',
        }),
      ]);
      expect(json.redFlagReviews[0]).toMatchObject({
        action: 'client_informed',
      });
      expect(json.portalMessages).toEqual([
        expect.objectContaining({
          sender: 'client',
          practitioner: null,
          text: 'Mag ik de oefening ook staand doen?',
          readAt: expect.any(String),
        }),
        expect.objectContaining({
          sender: 'practitioner',
          practitioner: expect.objectContaining({ id: expect.any(String) }),
          text: 'Ja, dat mag.',
          readAt: null,
        }),
      ]);
      // Homework as assigned, with the client's ticks, newest assignment last.
      const [breathing, walk] = record.homeworkIds;
      expect(json.homework).toEqual([
        expect.objectContaining({
          id: breathing,
          exerciseId: 'slow-breathing',
          domain: 'breathing',
          frequency: 'daily',
          status: 'active',
          sessionNoteId: record.reportNoteId,
          assignedBy: expect.objectContaining({ id: expect.any(String) }),
          completions: [
            expect.objectContaining({ note: 'Ging goed.', minutes: 6 }),
            expect.objectContaining({ note: null, minutes: null }),
          ],
        }),
        expect.objectContaining({
          id: walk,
          title: 'Wandelen na het eten',
          frequency: 'weekly',
          timesPerWeek: 3,
          status: 'ended',
          endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          completions: [],
        }),
      ]);
      expect(json.reports).toHaveLength(1);
      expect(json.invitations).toHaveLength(1);
      expect(json.accessLog.map((e: { event: string }) => e.event)).toContain(
        'report.generate',
      );
      const [{ token_hash }] = await t.dataSource.query(
        'SELECT token_hash FROM intake_invitations WHERE client_id = $1',
        [record.clientId],
      );
      expect((files.get('record.json') as Buffer).toString()).not.toContain(
        token_hash,
      );
    });

    it('has the client progress report in Dutch', () => {
      const text = pdfText(files.get('progress-report.pdf') as Buffer);
      expect(text).toContain('Jouw voortgang');
      expect(text).toContain('Cliënt: José de Wit');
    });

    it("has a FHIR R4 collection bundle that passes HL7's schema, sound and without empty elements", () => {
      const bundle = JSON.parse(
        (files.get('fhir-bundle.json') as Buffer).toString(),
      ) as Bundle;
      expect(fhirSchemaErrors(bundle)).toEqual([]);
      expect(fhirEmptyElements(bundle)).toEqual([]);
      expect(fhirProblems(bundle)).toEqual([]);
      const count = (type: string) =>
        bundle.entry?.filter((e) => e.resource?.resourceType === type).length;
      expect({
        Patient: count('Patient'),
        Organization: count('Organization'),
        Practitioner: count('Practitioner'),
        Questionnaire: count('Questionnaire'),
        QuestionnaireResponse: count('QuestionnaireResponse'),
        Observation: count('Observation'),
        Goal: count('Goal'),
        CarePlan: count('CarePlan'),
        Consent: count('Consent'),
        Flag: count('Flag'),
        DocumentReference: count('DocumentReference'),
        Appointment: count('Appointment'),
        Communication: count('Communication'),
      }).toEqual({
        Patient: 1,
        Organization: 1,
        Practitioner: 1,
        // The intake instruments and the check-in form.
        Questionnaire: 3,
        // Two intakes and the check-in.
        QuestionnaireResponse: 3,
        // Six domain scores and the pain per intake.
        Observation: 14,
        Goal: 2,
        // The priority plan and one per homework assignment.
        CarePlan: 3,
        Consent: 1,
        Flag: 1,
        // Three notes (one a draft) and an addendum.
        DocumentReference: 4,
        Appointment: 1,
        // The client's question and the practitioner's answer.
        Communication: 2,
      });
      const [question, answer] = (bundle.entry ?? [])
        .map((e) => e.resource)
        .filter((r) => r?.resourceType === 'Communication') as Communication[];
      expect(question).toMatchObject({
        status: 'completed',
        sender: { type: 'Patient' },
        recipient: [{ type: 'Organization' }],
        received: expect.any(String),
        payload: [{ contentString: 'Mag ik de oefening ook staand doen?' }],
      });
      expect(answer).toMatchObject({
        sender: { type: 'Practitioner' },
        recipient: [{ type: 'Patient' }],
        payload: [{ contentString: 'Ja, dat mag.' }],
      });
      expect(answer?.received).toBeUndefined();
      const homework = (bundle.entry ?? [])
        .map((e) => e.resource)
        .filter(
          (r) =>
            r?.resourceType === 'CarePlan' &&
            (r as CarePlan).intent === 'order',
        ) as CarePlan[];
      expect(homework.map((p) => [p.id, p.status])).toEqual([
        [record.homeworkIds[0], 'active'],
        [record.homeworkIds[1], 'revoked'],
      ]);
      expect(homework[0]).toMatchObject({
        author: { type: 'Practitioner' },
        subject: { type: 'Patient' },
        activity: [
          {
            detail: { kind: 'Task', status: 'in-progress' },
            progress: [
              { text: 'Gedaan · 6 min · Ging goed.' },
              { text: 'Gedaan' },
            ],
          },
        ],
      });
      // The check-in names the homework it says was done, by its plan.
      const checkIn = bundle.entry
        ?.map((e) => e.resource)
        .find(
          (r) =>
            r?.resourceType === 'QuestionnaireResponse' &&
            !!(r as QuestionnaireResponse).questionnaire?.includes('check-in'),
        ) as QuestionnaireResponse | undefined;
      expect(
        checkIn?.item?.find((i) => i.linkId === 'homeworkDone')?.answer,
      ).toEqual([
        {
          valueReference: {
            reference: `urn:uuid:${record.homeworkIds[0]}`,
            type: 'CarePlan',
            display: homework[0]?.title,
          },
        },
      ]);
      const appointment = bundle.entry?.find(
        (e) => e.resource?.resourceType === 'Appointment',
      )?.resource;
      expect(appointment).toMatchObject({
        id: record.appointmentId,
        status: 'booked',
        minutesDuration: 45,
        participant: [
          { actor: { type: 'Patient' }, status: 'accepted' },
          { actor: { type: 'Practitioner' }, status: 'accepted' },
        ],
      });
      const patient = bundle.entry?.find(
        (e) => e.resource?.resourceType === 'Patient',
      )?.resource;
      expect(patient).toMatchObject({
        birthDate: '1978-04-23',
        name: [{ family: 'de Wit', given: ['José'] }],
        // The GP with the means to reach them, contained in the Patient.
        contained: [
          {
            resourceType: 'Practitioner',
            id: 'gp',
            name: [{ text: 'Dr. A. Smit' }],
            telecom: [
              { system: 'phone', value: '030-1234567' },
              { system: 'email', value: 'praktijk@huisarts.example' },
            ],
          },
        ],
        generalPractitioner: [
          {
            reference: '#gp',
            type: 'Practitioner',
            display: 'Dr. A. Smit, Huisartsenpraktijk De Linde',
          },
        ],
      });
    });

    it('is logged as an export of the record', async () => {
      const [line] = await t.dataSource.query(
        `SELECT action, part, details FROM audit_events
         WHERE event = 'client.record_export' AND client_id = $1`,
        [record.clientId],
      );
      expect(line).toMatchObject({ action: 'E', part: 'record' });
      expect(JSON.stringify(line.details)).not.toContain('José');
    });
  });
});
