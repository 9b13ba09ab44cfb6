import type {
  Assessment as AssessmentJson,
  ClientDetail,
  GeneralPractitioner,
} from '@herstelkompas/contracts';
import { getInstrument, scoreAssessment } from '@herstelkompas/domain';
import type {
  Appointment as FhirAppointment,
  Bundle,
  DocumentReference,
  FhirResource,
  Observation,
  Patient,
  QuestionnaireResponse,
} from 'fhir/r4';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { Appointment } from '../appointments/appointment.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { searchTextFor, sortNameFor } from '../clients/search-text';
import { Client } from '../clients/client.entity';
import { Goal } from '../goals/goal.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PriorityDecision } from '../priority/priority-decision.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { DailyLog } from '../check-ins/daily-log.entity';
import {
  HomeworkAssignment,
  HomeworkCompletion,
} from '../homework/homework.entity';
import { NoteAddendum } from '../session-notes/note-addendum.entity';
import { SessionNote } from '../session-notes/session-note.entity';
import { APPOINTMENT_STATUS } from './fhir/fhir-appointments';
import { DOMAIN_SYSTEM } from './fhir/fhir-codes';
import { type ClientRecordJson, RECORD_FORMAT } from './record-json';

/** A refusal: the message says which part and why; nothing was stored. */
export class ClientImportError extends Error {}

export interface ClientImportTarget {
  practiceId: string;
  /** Becomes responsible for the client and stands in for every actor. */
  practitionerId: string;
}

export interface ClientImportResult {
  clientId: string;
  practice: { id: string; name: string };
  counts: {
    assessments: number;
    priorityDecisions: number;
    sessionNotes: number;
    addenda: number;
    goals: number;
    appointments: number;
    redFlags: number;
  };
}

type RecordAssessment = ClientRecordJson['assessments'][number];

/**
 * Reads a client's export (record.json, with fhir-bundle.json checked
 * against it) into a practice of this installation, in one transaction.
 *
 * What moves: the client's profile and consent, every assessment with its
 * answers and instrument version, the priority decisions, session notes
 * with their addenda (drafts stay drafts, signed notes stay signed), goals,
 * appointments (with their status; the agenda's overlap check does not
 * apply to history), red-flag reviews, the client's check-ins and daily
 * mini-log, and homework with the client's daily ticks. A check-in's
 * `homeworkDone` is left empty: those ids named the old practice's rows. Every row gets a new id. The people of the old
 * practice do not exist here: the practitioner named on the command line
 * becomes responsible for the client and the actor of every imported row.
 * Invitations (their links belong to the old practice), report files (not
 * in the export) and the old practice's access log stay behind.
 *
 * Refused, storing nothing, when a score recomputed from the answers with
 * libs/domain differs from the exported one, an assessment names an
 * instrument version this installation does not know, the bundle does not
 * match the record, or a client with the same name and date of birth is
 * already in the practice. The practice's access log records the import.
 */
export async function importClientExport(
  dataSource: DataSource,
  zip: Buffer,
  target: ClientImportTarget,
): Promise<ClientImportResult> {
  const files = await readZip(zip);
  const record = parseJson<ClientRecordJson>(files, 'record.json');
  const bundle = parseJson<Bundle>(files, 'fhir-bundle.json');
  if (record.format !== RECORD_FORMAT)
    throw new ClientImportError(
      `record.json is not a client export of this kind (format "${String(record.format)}", expected "${RECORD_FORMAT}").`,
    );
  checkScores(record);
  checkBundle(record, bundle);
  return dataSource.transaction((manager) => store(manager, record, target));
}

// ---- reading ----

async function readZip(zip: Buffer): Promise<Map<string, Buffer>> {
  const wanted = new Set(['record.json', 'fhir-bundle.json']);
  const file = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(zip, { lazyEntries: true }, (error, opened) =>
      error || !opened
        ? reject(
            new ClientImportError(
              `The file is not a readable ZIP file (${error?.message ?? 'empty'}).`,
            ),
          )
        : resolve(opened),
    ),
  );
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    file.on('error', (error: Error) =>
      reject(
        new ClientImportError(`The ZIP file is damaged: ${error.message}`),
      ),
    );
    file.on('end', () => resolve(files));
    file.on('entry', (entry: Entry) => {
      if (!wanted.has(entry.fileName)) return file.readEntry();
      file.openReadStream(entry, (error, stream) => {
        if (error || !stream)
          return reject(
            new ClientImportError(`${entry.fileName} cannot be read.`),
          );
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', (e: Error) =>
          reject(new ClientImportError(`${entry.fileName}: ${e.message}`)),
        );
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
}

function parseJson<T>(files: Map<string, Buffer>, name: string): T {
  const content = files.get(name);
  if (!content)
    throw new ClientImportError(
      `The export lacks ${name}: it is not a complete client export.`,
    );
  try {
    return JSON.parse(content.toString('utf8')) as T;
  } catch {
    throw new ClientImportError(`${name} is not valid JSON.`);
  }
}

// ---- checking ----

/** JSON with sorted keys: jsonb does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** What libs/domain computes from an assessment's answers, in record.json's shape. */
function recompute(a: RecordAssessment) {
  const definition = getInstrument(a.instrument?.id, a.instrument?.version);
  if (!definition)
    throw new ClientImportError(
      `Assessment ${a.id} was made with instrument "${a.instrument?.id}" version ${a.instrument?.version}, which this installation does not know: update Herstelkompas first.`,
    );
  const result = scoreAssessment(definition, a.answers);
  return {
    definition,
    result,
    shown: {
      algorithmVersion: result.algorithmVersion,
      domainScores: result.domainScores,
      pain: result.pain,
      redFlags: result.redFlags,
      ranking: result.ranking.entries,
      suggestedFocus: result.ranking.focus,
      pendingMedicalClearance: result.ranking.pendingMedicalClearance,
    },
  };
}

function checkScores(record: ClientRecordJson): void {
  for (const a of record.assessments ?? []) {
    const { shown } = recompute(a);
    for (const [field, value] of Object.entries(shown)) {
      const exported = (a as unknown as Record<string, unknown>)[field];
      if (canonical(value) !== canonical(exported))
        throw new ClientImportError(
          `Assessment ${a.id}: ${field} recomputed from the answers differs from the exported one.`,
        );
    }
  }
}

const fromBase64 = (data?: string) =>
  data ? Buffer.from(data, 'base64').toString('utf8') : '';

/** The FHIR bundle must tell the same story as record.json. */
function checkBundle(record: ClientRecordJson, bundle: Bundle): void {
  const fail = (what: string) => {
    throw new ClientImportError(
      `fhir-bundle.json does not match record.json: ${what}.`,
    );
  };
  if (bundle?.resourceType !== 'Bundle' || !Array.isArray(bundle.entry))
    fail('it is not a FHIR Bundle');
  const resources = (bundle.entry ?? []).map((e) => e.resource as FhirResource);
  const byId = new Map(resources.map((r) => [r.id, r]));
  const { client } = record;
  const patient = byId.get(client.id) as Patient | undefined;
  if (patient?.resourceType !== 'Patient')
    fail('the client is not its Patient');
  const name = patient?.name?.[0];
  if (
    name?.family !== client.lastName ||
    name?.given?.[0] !== client.firstName ||
    patient?.birthDate !== client.dateOfBirth
  )
    fail("the Patient's name or date of birth differs");
  for (const a of record.assessments) {
    const response = byId.get(a.id) as QuestionnaireResponse | undefined;
    if (response?.resourceType !== 'QuestionnaireResponse')
      fail(`assessment ${a.id} has no QuestionnaireResponse`);
    if (!response?.questionnaire?.endsWith(`|${a.instrument.version}`))
      fail(`assessment ${a.id} names another instrument version`);
    const observations = resources.filter(
      (r): r is Observation =>
        r.resourceType === 'Observation' &&
        !!r.derivedFrom?.some((d) => d.reference === `urn:uuid:${a.id}`),
    );
    for (const score of Object.values(a.domainScores)) {
      const observation = observations.find((o) =>
        o.code.coding?.some(
          (c) => c.system === DOMAIN_SYSTEM && c.code === score.domain,
        ),
      );
      if ((observation?.valueQuantity?.value ?? null) !== score.score)
        fail(`the ${score.domain} score of assessment ${a.id} differs`);
    }
  }
  for (const note of record.sessionNotes) {
    const document = byId.get(note.id) as DocumentReference | undefined;
    if (document?.resourceType !== 'DocumentReference')
      fail(`session note ${note.id} is missing`);
    const wanted = note.status === 'signed' ? 'final' : 'preliminary';
    if (document?.docStatus !== wanted)
      fail(`session note ${note.id} is ${document?.docStatus}, not ${wanted}`);
    if (!fromBase64(document?.content[0]?.attachment.data).includes(note.text))
      fail(`the text of session note ${note.id} differs`);
    for (const addendum of note.addenda) {
      const appended = byId.get(addendum.id) as DocumentReference | undefined;
      if (
        !fromBase64(appended?.content[0]?.attachment.data).includes(
          addendum.text,
        )
      )
        fail(`addendum ${addendum.id} is missing or differs`);
    }
  }
  for (const goal of record.goals)
    if (byId.get(goal.id)?.resourceType !== 'Goal')
      fail(`goal ${goal.id} is missing`);
  for (const h of record.homework ?? []) {
    const found = byId.get(h.id);
    if (found?.resourceType !== 'CarePlan' || found.title !== h.title)
      fail(`homework ${h.id} is missing or differs`);
    else if (
      (found.activity?.[0]?.progress?.length ?? 0) !== h.completions.length
    )
      fail(`homework ${h.id} differs in the days ticked off`);
  }
  for (const appointment of record.appointments ?? []) {
    const found = byId.get(appointment.id) as FhirAppointment | undefined;
    if (found?.resourceType !== 'Appointment')
      fail(`appointment ${appointment.id} is missing`);
    else if (
      found.status !== APPOINTMENT_STATUS[appointment.status] ||
      Date.parse(found.start ?? '') !== Date.parse(appointment.start)
    )
      fail(`appointment ${appointment.id} differs in status or start`);
  }
  for (const flag of record.redFlagReviews) {
    const found = byId.get(flag.id);
    if (found?.resourceType !== 'Flag') fail(`red flag ${flag.id} is missing`);
    else if ((found.status === 'inactive') !== !!flag.acknowledgedAt)
      fail(`red flag ${flag.id} differs in whether it was acknowledged`);
  }
}

// ---- storing ----

const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

async function checkTarget(
  manager: EntityManager,
  record: ClientRecordJson,
  target: ClientImportTarget,
): Promise<{ name: string }> {
  const [practice] = await manager.query(
    'SELECT id, name FROM practices WHERE id = $1',
    [target.practiceId],
  );
  if (!practice)
    throw new ClientImportError(
      `There is no practice ${target.practiceId} in this installation.`,
    );
  const practitioner = await manager.findOneBy(Practitioner, {
    id: target.practitionerId,
    practiceId: target.practiceId,
  });
  if (!practitioner)
    throw new ClientImportError(
      `Practitioner ${target.practitionerId} does not belong to practice "${practice.name}".`,
    );
  const { client } = record;
  const [existing] = await manager.query(
    `SELECT id FROM clients
      WHERE practice_id = $1 AND date_of_birth = $2
        AND lower(first_name) = lower($3) AND lower(last_name) = lower($4)`,
    [target.practiceId, client.dateOfBirth, client.firstName, client.lastName],
  );
  if (existing)
    throw new ClientImportError(
      `Practice "${practice.name}" already has a client ${client.firstName} ${client.lastName} born ${client.dateOfBirth} (${existing.id}).`,
    );
  return practice;
}

async function store(
  manager: EntityManager,
  record: ClientRecordJson,
  target: ClientImportTarget,
): Promise<ClientImportResult> {
  const practice = await checkTarget(manager, record, target);
  const { practiceId, practitionerId } = target;
  const ids = new Map<string, string>();
  const newId = (old: string) => {
    const id = randomUUID();
    ids.set(old, id);
    return id;
  };
  const mapped = (old: string | null, what: string) => {
    if (old === null) return null;
    const id = ids.get(old);
    if (!id)
      throw new ClientImportError(
        `record.json refers to ${what} ${old}, which it does not hold.`,
      );
    return id;
  };
  const c = record.client as ClientDetail;
  const clientId = newId(c.id);
  const scores = c.latestScores
    ? Object.values(c.latestScores).filter(
        (s): s is number => typeof s === 'number',
      )
    : [];
  await manager.insert(Client, {
    id: clientId,
    practiceId,
    responsiblePractitionerId: practitionerId,
    firstName: c.firstName,
    lastName: c.lastName,
    sortName: sortNameFor(c),
    searchText: searchTextFor(c),
    dateOfBirth: c.dateOfBirth,
    email: c.email,
    phone: c.phone,
    preferredLanguage: c.preferredLanguage,
    painLocation: c.painLocation,
    painDuration: c.painDuration,
    referralSource: c.referralSource,
    gp: importedGp(c),
    tags: c.tags,
    status: c.status,
    legalBasis: c.legalBasis,
    consentGivenAt: date(c.consent.givenAt),
    consentPrivacyVersion: c.consent.privacyStatementVersion,
    consentWithdrawnAt: date(c.consent.withdrawnAt),
    painFocusOff: c.painFocusOff,
    latestScores: c.latestScores,
    maxScore: scores.length ? Math.max(...scores) : null,
    focusDomains: c.focusDomains,
    openRedFlagCount: c.openRedFlagCount,
    lastActivityAt: new Date(c.lastActivityAt),
    version: c.version,
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
  });
  for (const a of record.assessments as AssessmentJson[]) {
    const { result } = recompute(a);
    await manager.insert(Assessment, {
      id: newId(a.id),
      practiceId,
      clientId,
      invitationId: null,
      variant: a.variant,
      instrumentId: a.instrument.id,
      instrumentVersion: a.instrument.version,
      enteredBy: a.enteredBy,
      enteredByPractitionerId:
        a.enteredBy === 'practitioner' ? practitionerId : null,
      submittedAt: new Date(a.submittedAt),
      answers: a.answers,
      algorithmVersion: result.algorithmVersion,
      domainScores: result.domainScores,
      pain: result.pain,
      redFlags: [...result.redFlags],
      ranking: result.ranking,
      createdAt: new Date(a.submittedAt),
    });
  }
  // Oldest first, so a decision's predecessor already has its new id.
  for (const d of record.priorityDecisions) {
    await manager.insert(PriorityDecision, {
      id: newId(d.id),
      practiceId,
      clientId,
      assessmentId: mapped(d.assessmentId, 'assessment') as string,
      algorithmVersion: d.algorithmVersion,
      computedRanking: d.computedRanking,
      finalOrder: d.order,
      focusDomains: d.focusDomains,
      reasonCode: d.reasonCode,
      reasonText: d.reasonText,
      differsFromComputed: d.differsFromComputed,
      decidedById: practitionerId,
      decidedAt: new Date(d.decidedAt),
      supersedesId: mapped(d.supersedesId, 'priority decision'),
    });
  }
  let addenda = 0;
  for (const n of record.sessionNotes) {
    const noteId = newId(n.id);
    await manager.insert(SessionNote, {
      id: noteId,
      practiceId,
      clientId,
      authorId: practitionerId,
      sessionDate: new Date(n.sessionDate),
      durationMinutes: n.durationMinutes,
      type: n.type,
      domains: n.domains,
      painAtStart: n.painAtStart,
      text: n.text,
      homework: n.homework,
      nextSteps: n.nextSteps,
      includeInReport: n.includeInReport,
      status: n.status,
      signedAt: date(n.signedAt),
      createdAt: new Date(n.createdAt),
      updatedAt: new Date(n.updatedAt),
    });
    for (const a of n.addenda) {
      await manager.insert(NoteAddendum, {
        id: newId(a.id),
        practiceId,
        noteId,
        authorId: practitionerId,
        text: a.text,
        createdAt: new Date(a.createdAt),
      });
      addenda++;
    }
  }
  for (const g of record.goals) {
    await manager.insert(Goal, {
      id: newId(g.id),
      practiceId,
      clientId,
      domain: g.domain,
      description: g.description,
      target: g.target,
      dueDate: g.dueDate,
      status: g.status,
      createdById: practitionerId,
      createdAt: new Date(g.createdAt),
      updatedAt: new Date(g.updatedAt),
    });
  }
  // Exports made before appointments were exported have none.
  const appointments = record.appointments ?? [];
  for (const a of appointments) {
    await manager.insert(Appointment, {
      id: newId(a.id),
      practiceId,
      clientId,
      practitionerId,
      startAt: new Date(a.start),
      endAt: new Date(a.end),
      durationMinutes: a.durationMinutes,
      type: a.type,
      location: a.location,
      status: a.status,
      note: a.note,
      createdById: practitionerId,
      createdAt: new Date(a.createdAt),
      updatedAt: new Date(a.updatedAt),
    });
  }
  // Exports made before check-ins existed have none.
  const checkIns = record.checkIns ?? { weekly: [], daily: [] };
  for (const k of checkIns.weekly) {
    await manager.insert(CheckIn, {
      id: newId(k.id),
      practiceId,
      clientId,
      week: k.week,
      status: k.status,
      painNow: k.painNow,
      ...k.domains,
      movementSafety: k.movementSafety,
      // Homework ids belong to the old practice's assignments.
      homeworkDone: [],
      note: k.note,
      redFlagsYes: k.redFlagsYes,
      submittedAt: date(k.submittedAt),
      createdAt: new Date(k.createdAt),
      updatedAt: new Date(k.updatedAt),
    });
  }
  for (const d of checkIns.daily) {
    await manager.insert(DailyLog, {
      id: newId(d.id),
      practiceId,
      clientId,
      day: d.day,
      pain: d.pain,
      sleepHours: d.sleepHours,
      createdAt: new Date(d.createdAt),
      updatedAt: new Date(d.updatedAt),
    });
  }
  // Exports made before homework was exported have none.
  const homework = record.homework ?? [];
  let homeworkCompletions = 0;
  for (const h of homework) {
    const assignmentId = newId(h.id);
    await manager.insert(HomeworkAssignment, {
      id: assignmentId,
      practiceId,
      clientId,
      exerciseId: h.exerciseId,
      domain: h.domain,
      title: h.title,
      instructions: h.instructions,
      frequency: h.frequency,
      timesPerWeek: h.timesPerWeek,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      status: h.status,
      endedOn: h.endedOn,
      sessionNoteId: mapped(h.sessionNoteId, 'session note'),
      createdById: practitionerId,
      createdAt: new Date(h.createdAt),
      updatedAt: new Date(h.updatedAt),
    });
    for (const c of h.completions) {
      await manager.insert(HomeworkCompletion, {
        id: newId(c.id),
        practiceId,
        clientId,
        assignmentId,
        doneOn: c.on,
        note: c.note,
        minutes: c.minutes,
        createdAt: new Date(c.createdAt),
      });
      homeworkCompletions++;
    }
  }
  for (const r of record.redFlagReviews) {
    const checkInId = (r as { checkInId?: string | null }).checkInId ?? null;
    await manager.insert(RedFlagReview, {
      id: newId(r.id),
      practiceId,
      clientId,
      assessmentId: mapped(r.assessmentId, 'assessment'),
      checkInId: mapped(checkInId, 'check-in'),
      flag: r.flag,
      raisedAt: new Date(r.raisedAt),
      acknowledgedAt: date(r.acknowledgedAt),
      acknowledgedById: r.acknowledgedAt ? practitionerId : null,
      action: r.action,
      note: r.note,
    });
  }
  const counts = {
    assessments: record.assessments.length,
    priorityDecisions: record.priorityDecisions.length,
    sessionNotes: record.sessionNotes.length,
    addenda,
    goals: record.goals.length,
    appointments: appointments.length,
    redFlags: record.redFlagReviews.length,
    checkIns: checkIns.weekly.length,
    dailyLogs: checkIns.daily.length,
    homework: homework.length,
    homeworkCompletions,
  };
  // The receiving practice's access log says what came in and from where
  // (ids only, no names); its chain trigger links the line in.
  await manager.insert(AuditEvent, {
    practiceId,
    event: 'client.import',
    action: 'C',
    part: 'record',
    clientId,
    onBehalfOfId: practitionerId,
    outcome: 'success',
    details: {
      source: {
        practiceId: record.practice.id,
        clientId: c.id,
        exportedAt: record.exportedAt,
      },
      ...counts,
    },
  });
  return {
    clientId,
    practice: { id: practiceId, name: practice.name },
    counts,
  };
}

/** The GP of a record; records exported before it was structured hold a name only. */
function importedGp(
  client: ClientDetail & { gpName?: string | null },
): GeneralPractitioner | null {
  if (client.gp) return client.gp;
  return client.gpName
    ? { name: client.gpName, practice: null, phone: null, email: null }
    : null;
}
