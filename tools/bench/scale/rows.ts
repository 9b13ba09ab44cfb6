import { createHash } from 'node:crypto';
import {
  type DomainId,
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_INTAKE_V1,
  type InstrumentDefinition,
  scoreAssessment,
} from '@herstelkompas/domain';
import {
  searchTextFor,
  sortNameFor,
} from '../../../apps/api/src/clients/search-text';
import { foldText } from '../../../apps/api/src/common/fold-text';
import { answersAt } from '../../../apps/api/src/seed/demo-answers';
import type { Cell } from './copy';
import * as W from './words';

/** The scale of one tier; notes, assessments and log lines are totals. */
export interface Tier {
  practitioners: number;
  clients: number;
  notes: number;
  assessments: number;
  auditEvents: number;
}

const DAY = 86_400_000;
/** A fixed "today", so the same tier always holds the same rows. */
export const ANCHOR = Date.UTC(2026, 10, 1, 9);
const SEED = 20260901;

/** Ordered ids make loads append to the primary-key index instead of scattering. */
export function uuidFor(kind: number, n: number): string {
  const k = kind.toString(16).padStart(8, '0');
  return `${k}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
export const KIND = {
  practice: 1,
  practitioner: 2,
  client: 3,
  assessment: 4,
  note: 5,
  audit: 6,
};
export const practiceId = uuidFor(KIND.practice, 0);
export const practitionerId = (p: number) => uuidFor(KIND.practitioner, p);

/** The two clients the PDF figures use: 50 and 200 signed, reportable notes. */
export const REPORT_CLIENTS = { 50: 0, 200: 1 } as const;

interface Scored {
  variant: 'baseline' | 'follow_up';
  definition: InstrumentDefinition;
  answers: string;
  domainScores: string;
  pain: string;
  redFlags: string;
  ranking: string;
  algorithmVersion: string;
  latestScores: Record<string, number | null>;
  maxScore: number | null;
  focus: DomainId[];
}

/** A small pool of answer sets scored once by libs/domain: every stored result is a real one. */
function scoredPool(definition: InstrumentDefinition, size: number): Scored[] {
  const random = W.prng(SEED + definition.version + definition.id.length);
  const level = () => Math.round(random() * 10);
  return Array.from({ length: size }, () => {
    const answers = answersAt(definition, {
      stress: level(),
      breathing: level(),
      movement: level(),
      nutrition: level(),
      sleep: level(),
      immune: level(),
    });
    const result = scoreAssessment(definition, answers);
    const scores = Object.fromEntries(
      Object.values(result.domainScores).map((d) => [d.domain, d.score]),
    );
    const numbers = Object.values(scores).filter(
      (s): s is number => s !== null,
    );
    return {
      variant:
        definition === HERSTELKOMPAS_INTAKE_V1 ? 'baseline' : 'follow_up',
      definition,
      answers: JSON.stringify(answers),
      domainScores: JSON.stringify(result.domainScores),
      pain: JSON.stringify(result.pain),
      redFlags: JSON.stringify(result.redFlags),
      ranking: JSON.stringify(result.ranking),
      algorithmVersion: result.algorithmVersion,
      latestScores: scores,
      maxScore: numbers.length ? Math.max(...numbers) : null,
      focus: [...result.ranking.focus],
    };
  });
}

const POOL = {
  baseline: scoredPool(HERSTELKOMPAS_INTAKE_V1, 48),
  followUp: scoredPool(HERSTELKOMPAS_FOLLOW_UP_V1, 48),
};

/** What one client has; recomputed from its index by every loader, so tables load independently. */
export interface ClientPlan {
  index: number;
  id: string;
  responsible: number;
  createdAt: number;
  assessments: number[];
  scored: Scored[];
  notes: number;
  reportNotes: boolean;
  status: string;
}

export function planClient(tier: Tier, index: number): ClientPlan {
  const random = W.prng(SEED * 31 + index);
  const createdAt = ANCHOR - Math.floor(60 + random() * 670) * DAY;
  const span = ANCHOR - createdAt;
  const special =
    index === REPORT_CLIENTS[50] ? 50 : index === REPORT_CLIENTS[200] ? 200 : 0;
  const meanAssessments = tier.assessments / tier.clients;
  const count = special ? 6 : Math.floor(random() * (2 * meanAssessments + 1));
  const assessments = Array.from(
    { length: count },
    (_, i) => createdAt + Math.floor(((i + 0.5) / count) * span),
  );
  const scored = assessments.map((_, i) =>
    W.pick(random, i === 0 ? POOL.baseline : POOL.followUp),
  );
  const meanNotes = tier.notes / tier.clients;
  const notes = special || Math.floor(random() * (2 * meanNotes + 1));
  const roll = random();
  const status = !count
    ? 'intake_pending'
    : special
      ? 'active'
      : roll < 0.05
        ? 'archived'
        : roll < 0.1
          ? 'paused'
          : roll < 0.2
            ? 'completed'
            : 'active';
  return {
    index,
    id: uuidFor(KIND.client, index),
    responsible: index % tier.practitioners,
    createdAt,
    assessments,
    scored,
    notes,
    reportNotes: special > 0,
    status,
  };
}

export const CLIENT_COLUMNS = [
  'id',
  'practice_id',
  'responsible_practitioner_id',
  'first_name',
  'last_name',
  'sort_name',
  'search_text',
  'date_of_birth',
  'email',
  'phone',
  'preferred_language',
  'pain_location',
  'pain_duration',
  'referral_source',
  'gp',
  'tags',
  'status',
  'consent_given_at',
  'consent_privacy_version',
  'latest_scores',
  'max_score',
  'focus_domains',
  'open_red_flag_count',
  'last_activity_at',
  'created_at',
  'updated_at',
] as const;

export function* clientRows(tier: Tier): Generator<Cell[]> {
  for (let i = 0; i < tier.clients; i++) {
    const plan = planClient(tier, i);
    const random = W.prng(SEED * 17 + i);
    const firstName = W.pick(random, W.FIRST_NAMES);
    const lastName = W.pick(random, W.LAST_NAMES);
    const email = `${foldText(firstName)}.${foldText(lastName).replace(/[^a-z]/g, '')}.${i}@voorbeeld.nl`;
    const last = plan.scored[plan.scored.length - 1];
    const lastActivity = Math.max(
      plan.createdAt,
      plan.assessments[plan.assessments.length - 1] ?? 0,
      plan.notes ? ANCHOR - (i % 90) * DAY : 0,
    );
    const dob = new Date(
      Date.UTC(
        1950 + Math.floor(random() * 55),
        Math.floor(random() * 12),
        1 + Math.floor(random() * 28),
      ),
    );
    const tags = random() < 0.4 ? [W.pick(random, W.TAGS)] : [];
    yield [
      plan.id,
      practiceId,
      practitionerId(plan.responsible),
      firstName,
      lastName,
      sortNameFor({ firstName, lastName }),
      searchTextFor({ firstName, lastName, email }),
      dob.toISOString().slice(0, 10),
      email,
      `06${String(10000000 + i).slice(-8)}`,
      random() < 0.9 ? 'nl' : 'en',
      W.pick(random, W.PAIN_LOCATIONS),
      W.pick(random, W.PAIN_DURATIONS),
      W.pick(random, W.REFERRERS),
      { name: W.pick(random, W.GPS), practice: null, phone: null, email: null },
      tags,
      plan.status,
      plan.assessments.length ? new Date(plan.assessments[0] ?? 0) : null,
      plan.assessments.length ? '2026-01' : null,
      last ? last.latestScores : null,
      last ? last.maxScore : null,
      last ? last.focus : [],
      0,
      new Date(lastActivity),
      new Date(plan.createdAt),
      new Date(lastActivity),
    ];
  }
}

export const ASSESSMENT_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'variant',
  'instrument_id',
  'instrument_version',
  'entered_by',
  'submitted_at',
  'answers',
  'algorithm_version',
  'domain_scores',
  'pain',
  'red_flags',
  'ranking',
  'created_at',
] as const;

export function* assessmentRows(tier: Tier): Generator<Cell[]> {
  let n = 0;
  for (let i = 0; i < tier.clients; i++) {
    const plan = planClient(tier, i);
    for (const [k, at] of plan.assessments.entries()) {
      const s = plan.scored[k] as Scored;
      const when = new Date(at);
      yield [
        uuidFor(KIND.assessment, n++),
        practiceId,
        plan.id,
        s.variant,
        s.definition.id,
        s.definition.version,
        'client',
        when,
        s.answers,
        s.algorithmVersion,
        s.domainScores,
        s.pain,
        s.redFlags,
        s.ranking,
        when,
      ];
    }
  }
}

export const NOTE_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'author_id',
  'session_date',
  'duration_minutes',
  'type',
  'domains',
  'pain_at_start',
  'text',
  'homework',
  'next_steps',
  'include_in_report',
  'status',
  'signed_at',
  'created_at',
  'updated_at',
] as const;

const DOMAINS: DomainId[] = [
  'stress',
  'breathing',
  'movement',
  'nutrition',
  'sleep',
  'immune',
];
const TYPES = ['coaching', 'coaching', 'follow_up', 'remote'] as const;

export function* noteRows(tier: Tier): Generator<Cell[]> {
  let n = 0;
  for (let i = 0; i < tier.clients; i++) {
    const plan = planClient(tier, i);
    const random = W.prng(SEED * 7 + i);
    const span = ANCHOR - plan.createdAt;
    for (let k = 0; k < plan.notes; k++) {
      const at = new Date(
        plan.createdAt + Math.floor(((k + 0.5) / plan.notes) * span),
      );
      const draft = !plan.reportNotes && k === plan.notes - 1 && random() < 0.3;
      const domains = [W.pick(random, DOMAINS)];
      yield [
        uuidFor(KIND.note, n++),
        practiceId,
        plan.id,
        practitionerId(plan.responsible),
        at,
        45,
        k === 0 ? 'intake' : W.pick(random, TYPES),
        domains,
        Math.floor(random() * 11),
        W.noteText(random),
        JSON.stringify([
          { domain: domains[0], text: 'Dagelijks tien minuten wandelen.' },
        ]),
        'Volgende keer de slaap evalueren.',
        plan.reportNotes || random() < 0.3,
        draft ? 'draft' : 'signed',
        draft ? null : at,
        at,
        at,
      ];
    }
  }
}

/**
 * The access-log columns and one row's values, kept side by side: a new
 * column (a hash chain, say) is one name here and one value in auditRows.
 * Rows come in time order, so a running value per row is easy to add.
 */
export const AUDIT_COLUMNS = [
  'id',
  'practice_id',
  'occurred_at',
  'event',
  'action',
  'client_id',
  'user_id',
  'on_behalf_of_id',
  'role',
  'outcome',
  'part',
  'ip',
  'user_agent',
  'details',
  'chain_no',
  'chain_seq',
  'prev_hash',
  'hash',
] as const;

/** Chains per practice, as the access log's trigger spreads its writers. */
const CHAINS = 8;

/**
 * The access log's hash link, made here because the chaining trigger is off
 * while rows are copied in: the same canonical text as the database's
 * hk_audit_event_payload (a JSON array; jsonb writes ", " between elements)
 * and the same sha256 over the previous hash and that text. The seed checks
 * a sample against the database's own function afterwards.
 */
function chainLink(
  values: (string | Date | null)[],
  chainNo: number,
  chainSeq: number,
  prevHash: string,
): string {
  const [id, practice, occurredAt, ...rest] = values;
  const at = (occurredAt as Date)
    .toISOString()
    .replace(/\.(\d{3})Z$/, '.$1000Z');
  const items = [id, practice, chainNo, chainSeq, at, ...rest].map((v) =>
    v === null ? 'null' : typeof v === 'number' ? String(v) : JSON.stringify(v),
  );
  return createHash('sha256')
    .update(prevHash + `[${items.join(', ')}]`, 'utf8')
    .digest('hex');
}

const AUDIT_KINDS = [
  ['client.read', 'R', 'profile'],
  ['timeline.read', 'R', 'timeline'],
  ['note.read', 'R', 'session_notes'],
  ['priority.read', 'R', 'priority'],
  ['assessment.read', 'R', 'assessments'],
  ['note.create', 'C', 'session_notes'],
  ['note.sign', 'U', 'session_notes'],
  ['report.generate', 'C', 'report'],
] as const;
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

export function* auditRows(tier: Tier): Generator<Cell[]> {
  const random = W.prng(SEED * 3);
  const start = ANCHOR - 730 * DAY;
  const step = (730 * DAY) / tier.auditEvents;
  const heads: string[] = Array.from({ length: CHAINS }, () => '0'.repeat(64));
  for (let n = 0; n < tier.auditEvents; n++) {
    const client = (n * 7919) % tier.clients;
    const responsible = client % tier.practitioners;
    // Mostly the responsible practitioner; now and then the owner (practitioner 0).
    const user = random() < 0.85 ? responsible : 0;
    const [event, action, part] = W.pick(random, AUDIT_KINDS);
    const values = [
      uuidFor(KIND.audit, n),
      practiceId,
      new Date(start + Math.floor(n * step)),
      event,
      action,
      uuidFor(KIND.client, client),
      practitionerId(user),
      practitionerId(responsible),
      user === 0 ? 'owner' : 'practitioner',
      'success',
      part,
      `192.0.2.${1 + (user % 250)}`,
      USER_AGENT,
      null,
    ];
    const chainNo = n % CHAINS;
    const chainSeq = Math.floor(n / CHAINS) + 1;
    const prevHash = heads[chainNo] as string;
    const hash = chainLink(values, chainNo, chainSeq, prevHash);
    heads[chainNo] = hash;
    yield [...values, chainNo, chainSeq, prevHash, hash];
  }
}

export function practitionerEmail(p: number): string {
  return `schaal-${p + 1}@herstelkompas.nl`;
}
