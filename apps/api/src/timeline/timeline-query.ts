import type {
  GoalStatus,
  RedFlagAction,
  SessionType,
  TimelineEvent,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, DOMAINS, type DomainId } from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';
import { visibleClientsSql } from '../clients/client-access';
import type { AuthContext } from '../common/auth-context';
import { excerpt } from './excerpt';

type LocalizedText = { nl: string; en: string };

const SESSION_TYPE: Record<SessionType, LocalizedText> = {
  intake: { nl: 'intakegesprek', en: 'intake conversation' },
  coaching: { nl: 'coachingsessie', en: 'coaching session' },
  follow_up: { nl: 'vervolgafspraak', en: 'follow-up' },
  remote: { nl: 'telefoon/video', en: 'phone/video' },
};

const GOAL_STATUS: Record<GoalStatus, LocalizedText> = {
  proposed: { nl: 'voorgesteld', en: 'proposed' },
  active: { nl: 'actief', en: 'active' },
  achieved: { nl: 'behaald', en: 'achieved' },
  not_achieved: { nl: 'niet behaald', en: 'not achieved' },
  dropped: { nl: 'losgelaten', en: 'dropped' },
};

const FLAG_ACTION: Record<RedFlagAction, LocalizedText> = {
  gp_called: { nl: 'Huisarts gebeld', en: 'GP called' },
  referred: { nl: 'Doorverwezen', en: 'Referred' },
  client_informed: { nl: 'Cliënt geïnformeerd', en: 'Client informed' },
  no_action_needed: { nl: 'Geen actie nodig', en: 'No action needed' },
  other: { nl: 'Anders', en: 'Other' },
};

const names = (domains: readonly DomainId[], lang: 'nl' | 'en') =>
  domains.map((d) => DOMAINS[d].name[lang]).join(', ');

/** A timestamp as JSON, exactly as toISOString writes a Date read by pg (milliseconds, UTC). */
const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One entry per row, every kind in the same columns: `text` is what the
 * excerpt is made from, `detail` what only that kind's title needs.
 */
interface Row {
  client_id: string;
  responsible_practitioner_id: string;
  /** Null on the one row of a client without any entry. */
  kind: TimelineEvent['kind'] | null;
  id: string;
  at: string;
  domains: DomainId[] | null;
  by_id: string | null;
  by_name: string;
  text: string | null;
  detail: {
    variant?: 'baseline' | 'follow_up';
    mailed?: boolean;
    painNow?: number;
    label?: LocalizedText;
    action?: RedFlagAction | null;
    type?: SessionType;
    status?: string;
    noteId?: string;
  } | null;
}

/**
 * Every entry of the client's timeline, kind after kind in the order the
 * answer has always listed them before sorting (links, assessments,
 * check-ins, red flags raised and handled, decisions, notes, addenda, goals,
 * homework, reports), and within a kind by time and then id, so entries at
 * the same instant always come out in the same order.
 */
const ENTRIES = `
  SELECT 1 AS ord, 'invitation' AS kind, i.id, i.created_at AS at,
         NULL::text[] AS domains, i.created_by_id AS by_id, NULL::text AS text,
         json_build_object('variant', i.variant, 'mailed', EXISTS (
           SELECT 1 FROM mail_messages m
            WHERE m.practice_id = c.practice_id AND m.kind = 'intake_invitation'
              AND m.intake_invitation_id = i.id)) AS detail
    FROM intake_invitations i WHERE i.client_id = c.id
  UNION ALL
  SELECT 2, 'assessment', a.id, a.submitted_at, NULL,
         a.entered_by_practitioner_id, NULL, json_build_object('variant', a.variant)
    FROM assessments a WHERE a.client_id = c.id
  UNION ALL
  SELECT 3, 'check_in', k.id, k.submitted_at, NULL, NULL, k.note,
         json_build_object('painNow', k.pain_now)
    FROM check_ins k
   WHERE k.client_id = c.id AND k.practice_id = c.practice_id
     AND k.status = 'submitted'
  UNION ALL
  SELECT 4, 'red_flag', f.id, f.raised_at, NULL, NULL, NULL,
         json_build_object('label', f.flag->'label')
    FROM red_flag_reviews f WHERE f.client_id = c.id
  UNION ALL
  SELECT 5, 'red_flag_handled', f.id, f.acknowledged_at, NULL,
         f.acknowledged_by_id, f.note,
         json_build_object('label', f.flag->'label', 'action', f.action)
    FROM red_flag_reviews f
   WHERE f.client_id = c.id AND f.acknowledged_at IS NOT NULL
  UNION ALL
  SELECT 6, 'decision', d.id, d.decided_at, d.focus_domains, d.decided_by_id,
         d.reason_text, NULL
    FROM priority_decisions d WHERE d.client_id = c.id
  UNION ALL
  SELECT 7, 'note', n.id, n.session_date, n.domains, n.author_id, n.text,
         json_build_object('type', n.type, 'status', n.status)
    FROM session_notes n WHERE n.client_id = c.id
  UNION ALL
  SELECT 8, 'addendum', a.id, a.created_at, n.domains, a.author_id, a.text,
         json_build_object('type', n.type, 'noteId', n.id)
    FROM session_note_addenda a JOIN session_notes n ON n.id = a.note_id
   WHERE n.client_id = c.id
  UNION ALL
  SELECT 9, 'goal', g.id, g.updated_at, ARRAY[g.domain], g.created_by_id,
         g.description, json_build_object('status', g.status)
    FROM goals g WHERE g.client_id = c.id
  UNION ALL
  SELECT 10, 'homework', h.id, h.created_at, ARRAY[h.domain], h.created_by_id,
         h.title, NULL
    FROM homework_assignments h WHERE h.client_id = c.id
  UNION ALL
  SELECT 11, 'report', r.id, r.generated_at, NULL, r.generated_by,
         r.file_name, NULL
    FROM reports r WHERE r.client_id = c.id`;

/**
 * A client's timeline, if the caller may see the client: every entry with
 * the name of who made it, in one statement. Read through entities this was
 * a query per kind, then the addenda and mails, then the names: twelve
 * statements, each costing the API far more CPU than PostgreSQL spends on
 * it. Who may see the client is ClientAccess's rule (visibleClientsSql).
 *
 * Unsorted and unfiltered: the caller sorts and filters, as before. Null
 * when there is no such client for the caller.
 */
export async function readTimeline(
  manager: EntityManager,
  ctx: AuthContext,
  clientId: string,
): Promise<{
  client: { id: string; responsiblePractitionerId: string };
  events: TimelineEvent[];
} | null> {
  const params: unknown[] = [clientId];
  const visible = visibleClientsSql(ctx, params);
  // The client row joined to its entries: a client without any still gives
  // one row (kind null), so "no entries" and "no access" stay apart.
  const rows: Row[] = await manager.query(
    `SELECT c.id AS client_id, c.responsible_practitioner_id,
            e.kind, e.id, ${iso('e.at')} AS at, e.domains, e.by_id,
            coalesce(p.display_name, '') AS by_name, e.text, e.detail
       FROM clients c
       LEFT JOIN LATERAL (${ENTRIES}) e ON true
       LEFT JOIN practitioners p ON p.id = e.by_id
      WHERE c.id = $1 AND ${visible}
      ORDER BY e.ord, e.at, e.id`,
    params,
  );
  const [first] = rows;
  if (!first) return null;
  return {
    client: {
      id: first.client_id,
      responsiblePractitionerId: first.responsible_practitioner_id,
    },
    events: rows.filter((r) => r.kind).map(toEvent),
  };
}

/** A row as the event the answer has always carried, field for field. */
function toEvent(r: Row): TimelineEvent {
  const d = r.detail ?? {};
  const by = r.by_id ? { id: r.by_id, displayName: r.by_name } : null;
  const own = r.domains ?? [];
  const event = (
    kind: TimelineEvent['kind'],
    domains: DomainId[],
    title: LocalizedText,
    target: TimelineEvent['target'],
    text: string | null,
    who = by,
  ): TimelineEvent => ({
    kind,
    id: r.id,
    at: r.at,
    domains,
    title,
    by: who,
    target,
    excerpt: text,
  });
  switch (r.kind) {
    case 'invitation': {
      const variant =
        d.variant === 'baseline'
          ? { nl: 'Intake', en: 'Intake' }
          : { nl: 'Vervolgmeting', en: 'Follow-up' };
      const how = d.mailed
        ? { nl: 'per e-mail verstuurd', en: 'sent by e-mail' }
        : { nl: 'als link gemaakt', en: 'made as a link' };
      return event(
        'invitation',
        [],
        { nl: `${variant.nl} ${how.nl}`, en: `${variant.en} ${how.en}` },
        { kind: 'invitation', id: r.id },
        null,
      );
    }
    case 'assessment':
      return event(
        'assessment',
        [...DOMAIN_IDS],
        d.variant === 'baseline'
          ? { nl: 'Intake ingevuld', en: 'Intake completed' }
          : { nl: 'Vervolgmeting ingevuld', en: 'Follow-up completed' },
        { kind: 'assessment', id: r.id },
        null,
      );
    // The client's own estimate, never shown as an intake or a score.
    case 'check_in':
      return event(
        'check_in',
        [...DOMAIN_IDS],
        {
          nl: `Check-in (eigen inschatting): pijn ${d.painNow}/10`,
          en: `Check-in (self-reported): pain ${d.painNow}/10`,
        },
        { kind: 'check_in', id: r.id },
        excerpt(r.text),
        null,
      );
    case 'red_flag':
      return event(
        'red_flag',
        [],
        {
          nl: `Rode vlag: ${d.label?.nl}`,
          en: `Red flag: ${d.label?.en}`,
        },
        { kind: 'red_flag', id: r.id },
        null,
        null,
      );
    case 'red_flag_handled': {
      const action = d.action ? FLAG_ACTION[d.action] : null;
      return event(
        'red_flag_handled',
        [],
        {
          nl: `Rode vlag afgehandeld: ${d.label?.nl}${action ? ` (${action.nl.toLowerCase()})` : ''}`,
          en: `Red flag handled: ${d.label?.en}${action ? ` (${action.en.toLowerCase()})` : ''}`,
        },
        { kind: 'red_flag', id: r.id },
        excerpt(r.text),
      );
    }
    case 'decision':
      return event(
        'decision',
        own,
        {
          nl: `Focus gekozen: ${names(own, 'nl')}`,
          en: `Focus chosen: ${names(own, 'en')}`,
        },
        { kind: 'decision', id: r.id },
        excerpt(r.text),
      );
    case 'note': {
      const type = SESSION_TYPE[d.type as SessionType];
      const draft = d.status === 'draft';
      return event(
        'note',
        own,
        {
          nl: `Sessienotitie, ${type.nl}${draft ? ' (concept)' : ''}`,
          en: `Session note, ${type.en}${draft ? ' (draft)' : ''}`,
        },
        { kind: 'note', id: r.id },
        excerpt(r.text, true),
      );
    }
    case 'addendum': {
      const type = SESSION_TYPE[d.type as SessionType];
      return event(
        'addendum',
        own,
        {
          nl: `Aanvulling op de sessienotitie, ${type.nl}`,
          en: `Addendum to the session note, ${type.en}`,
        },
        { kind: 'note', id: d.noteId as string },
        excerpt(r.text, true),
      );
    }
    case 'goal': {
      const domain = own[0] as DomainId;
      const status = GOAL_STATUS[d.status as GoalStatus];
      return event(
        'goal',
        own,
        {
          nl: `Doel ${DOMAINS[domain].name.nl} (${status.nl})`,
          en: `Goal ${DOMAINS[domain].name.en} (${status.en})`,
        },
        { kind: 'goal', id: r.id },
        excerpt(r.text),
      );
    }
    case 'homework': {
      const domain = own[0] as DomainId;
      return event(
        'homework',
        own,
        {
          nl: `Huiswerk toegewezen: ${DOMAINS[domain].name.nl}`,
          en: `Homework assigned: ${DOMAINS[domain].name.en}`,
        },
        { kind: 'homework', id: r.id },
        excerpt(r.text),
      );
    }
    default:
      // A report's excerpt is its file name, as it is.
      return event(
        'report',
        [],
        { nl: 'Rapportage gemaakt', en: 'Report made' },
        { kind: 'report', id: r.id },
        r.text,
      );
  }
}
