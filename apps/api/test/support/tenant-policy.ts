/**
 * Who may do what, for every route the API serves: the one table the tenant
 * matrix (test/integration/tenant-matrix.integration-spec.ts) checks the
 * application against. A route missing here fails that test.
 *
 * Row format, one line per route:
 *
 *   'METHOD /api/path/:id': row(target, 'anon intake a1 a2 a3 ownerA b1', reason?),
 *
 * - target: what `:id` (or `:token`) points at, see Target; 'none' without one.
 * - seven outcomes, in this order, for an object of practice A (client X, whose
 *   responsible practitioner is a1, who is shared with a3 and not with a2):
 *     anon   no cookies at all
 *     intake the browser of client X after the date-of-birth check on X's link
 *     a1     practitioner of A, responsible for X
 *     a2     practitioner of A, X not shared with them
 *     a3     practitioner of A, X shared with them: a share lets a colleague
 *            work in the record (read it, intake, assessments, priority,
 *            notes, goals, red flags, reports), never manage it (profile,
 *            status, responsibility, sharing, export) or erase it
 *     ownerA owner of practice A
 *     b1     practitioner of practice B
 *   and, for portal routes, three more: client principals in the portal
 *     portalX  client X signed in to the portal
 *     portalY  another client of practice A signed in to the portal
 *     portalB  client Y of practice B signed in to the portal
 *   A row of seven gives the three portal principals anon's outcome: a
 *   portal session is no session anywhere outside /api/portal.
 *   `ok` is any 2xx; otherwise the exact status code.
 * - `feed` is a calendar subscription token: like an intake link, the token
 *   is the key whoever sends it.
 * - For the same route on practice B's object (client Y of b1) the outcomes
 *   follow from the row: b1 gets a1's outcome; anon and intake keep anon's;
 *   the people of A get anon's outcome on an intake link (a session is no proof
 *   there), and 404 elsewhere: another practice's objects do not exist for them.
 * - Someone refused with 401 on A's object (a practitioner on a portal route)
 *   gets 401 on B's as well: no object is looked at before the session.
 * - Portal principals on practice B's object: portalB gets portalX's outcome
 *   (it is their own practice's object), portalX and portalY get portalY's.
 *   `portalLink` (a portal link token) and `lesson` (the same six lessons for
 *   every practice) belong to no practice.
 * - Denied reads of an object someone may not see are 404 (never 403), and the
 *   spec checks that of every row.
 */
export type PortalPrincipal = 'portalX' | 'portalY' | 'portalB';
export type PrincipalId =
  'anon' | 'intake' | 'a1' | 'a2' | 'a3' | 'ownerA' | 'b1' | PortalPrincipal;
export const PORTAL_PRINCIPALS: PortalPrincipal[] = [
  'portalX',
  'portalY',
  'portalB',
];
export const PRINCIPALS: PrincipalId[] = [
  'anon',
  'intake',
  'a1',
  'a2',
  'a3',
  'ownerA',
  'b1',
  ...PORTAL_PRINCIPALS,
];
export function isPortalPrincipal(who: PrincipalId): who is PortalPrincipal {
  return (PORTAL_PRINCIPALS as PrincipalId[]).includes(who);
}
export type Side = 'A' | 'B';
export type Target =
  | 'none'
  | 'client'
  | 'link'
  | 'note'
  | 'signedNote'
  | 'goal'
  | 'redFlag'
  | 'invitation'
  | 'report'
  | 'practitioner'
  | 'invitee'
  | 'colleague'
  | 'appointment'
  | 'feed'
  | 'portalLink'
  | 'lesson'
  | 'homework'
  | 'practiceLesson';
export type Outcome = 'ok' | 401 | 403 | 404 | 400 | 409;

export interface Rule {
  target: Target;
  outcomes: Record<PrincipalId, Outcome>;
  reason?: string;
}

export function row(target: Target, cells: string, reason?: string): Rule {
  const given = cells.trim().split(/\s+/);
  // Seven cells: the portal principals get anon's outcome (see above).
  const parts =
    given.length === PRINCIPALS.length - PORTAL_PRINCIPALS.length
      ? [...given, ...PORTAL_PRINCIPALS.map(() => given[0] as string)]
      : given;
  if (parts.length !== PRINCIPALS.length)
    throw new Error(`policy row needs ${PRINCIPALS.length} outcomes: ${cells}`);
  const outcomes = Object.fromEntries(
    PRINCIPALS.map((p, i) => [p, parts[i] === 'ok' ? 'ok' : Number(parts[i])]),
  ) as Record<PrincipalId, Outcome>;
  return { target, outcomes, ...(reason ? { reason } : {}) };
}

const DOCS = 'the API description (Swagger UI) holds no data';
const OWNER_ONLY = 'owner only; a1 and a3 see the person or client, so 403';
const MANAGE =
  'the owner and the responsible practitioner manage the record; a share does not pass that on (a3: 403)';
const AUTHOR =
  'only its author edits and signs a draft, the owner included (403); others add an addendum once signed';

// prettier-ignore
export const POLICY: Record<string, Rule> = {
  //                                                      anon intake a1  a2  a3  ownerA b1
  'GET /api/health':                             row('none', 'ok ok ok ok ok ok ok'),
  'GET /api/docs':                               row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs/':                              row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs/*':                             row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs/index.html':                    row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs/LICENSE':                       row('none', '404 404 404 404 404 404 404', 'Swagger UI registers it but ships no such file'),
  'GET /api/docs/swagger-ui-init.js':            row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs/docs/*':                        row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs/docs/swagger-ui-init.js':       row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs-yaml':                          row('none', 'ok ok ok ok ok ok ok', DOCS),
  'GET /api/docs-json':                          row('none', 'ok ok ok ok ok ok ok', DOCS),
  'POST /api/auth/login':                        row('none', 'ok ok ok ok ok ok ok', 'signing in is how a session starts'),
  'POST /api/auth/password-reset':               row('none', 'ok ok ok ok ok ok ok', 'always 202, whoever asks and for whatever address'),
  'POST /api/auth/password-reset/confirm':       row('none', '400 400 400 400 400 400 400', 'only a valid reset token works, whoever asks'),
  'POST /api/auth/set-password':                 row('none', '400 400 400 400 400 400 400', 'only a valid invitation token works, whoever asks'),
  'POST /api/auth/logout':                       row('none', '401 401 ok ok ok ok ok'),
  'GET /api/auth/me':                            row('none', '401 401 ok ok ok ok ok'),
  'PATCH /api/auth/me/preferences':              row('none', '401 401 ok ok ok ok ok'),
  'POST /api/auth/login/mfa':                    row('none', '401 401 401 401 401 401 401', 'only a pending sign-in (its own cookie) can be finished'),
  'POST /api/auth/password':                     row('none', '401 401 400 400 400 400 400', 'the sample gives a wrong current password: refused for everyone signed in'),
  'GET /api/auth/mfa':                           row('none', '401 401 ok ok ok ok ok'),
  'POST /api/auth/mfa/enrolment':                row('none', '401 401 ok ok ok ok ok', 'starts one for the caller only'),
  'POST /api/auth/mfa/enrolment/confirm':        row('none', '401 401 400 400 400 400 400', 'the sample code is wrong'),
  'POST /api/auth/mfa/disable':                  row('none', '401 401 409 409 409 409 409', 'nobody in the fixture has two-step sign-in on'),
  'POST /api/auth/mfa/recovery-codes':           row('none', '401 401 409 409 409 409 409', 'nobody in the fixture has two-step sign-in on'),
  'GET /api/practice/security':                  row('none', '401 401 ok ok ok ok ok'),
  'PATCH /api/practice/security':                row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'GET /api/practice/outbox':                    row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'GET /api/practice/mail-settings':             row('none', '401 401 ok ok ok ok ok'),
  'PATCH /api/practice/mail-settings':           row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'GET /api/practice/profile':                   row('none', '401 401 ok ok ok ok ok', 'everyone of the practice reads the letterhead'),
  'PUT /api/practice/profile':                   row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'PUT /api/practice/logo':                      row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'GET /api/practice/logo':                      row('none', '401 401 ok ok ok ok ok', "each practice's own logo (both have one in the fixture)"),
  'DELETE /api/practice/logo':                   row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'GET /api/home':                               row('none', '401 401 ok ok ok ok ok'),
  'GET /api/home/new-messages':                  row('none', '401 401 ok ok ok ok ok', 'lists only the clients the caller may see'),
  'GET /api/practice/lessons':                   row('none', '401 401 ok ok ok ok ok', "everyone of the practice reads the portal's lessons"),
  'POST /api/practice/lessons':                  row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'PUT /api/practice/lessons/builtin/:lessonId': row('lesson', '401 401 403 403 403 ok 403', 'owner only; each practice hides for itself'),
  'PATCH /api/practice/lessons/:id':             row('practiceLesson', '401 401 403 403 403 ok 404', "owner only; everyone of the practice sees the lesson, another practice's does not exist"),
  'DELETE /api/practice/lessons/:id':            row('practiceLesson', '401 401 403 403 403 ok 404', "owner only; everyone of the practice sees the lesson, another practice's does not exist"),
  'GET /api/clients':                            row('none', '401 401 ok ok ok ok ok'),
  'POST /api/clients':                           row('none', '401 401 ok ok ok ok ok'),
  'GET /api/exports/clients.csv':                row('none', '401 401 ok ok ok ok ok'),
  'GET /api/practice/export':                    row('none', '401 401 403 403 403 ok 403', OWNER_ONLY),
  'GET /api/intake-invitations':                 row('none', '401 401 ok ok ok ok ok'),
  'GET /api/access-log':                         row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'GET /api/practitioners':                      row('none', '401 401 ok ok ok ok ok'),
  'POST /api/practitioners':                     row('none', '401 401 403 403 403 ok 403', 'owner only'),
  'PATCH /api/practitioners/:id':                row('practitioner', '401 401 403 403 403 ok 404', OWNER_ONLY),
  'POST /api/practitioners/:id/invitation':      row('invitee', '401 401 403 403 403 ok 404', OWNER_ONLY),
  'POST /api/practitioners/:id/password-reset':  row('colleague', '401 401 403 403 403 ok 404', OWNER_ONLY),
  'GET /api/clients/:id':                        row('client', '401 401 ok 404 ok ok 404'),
  'PATCH /api/clients/:id':                      row('client', '401 401 ok 404 403 ok 404', MANAGE),
  'DELETE /api/clients/:id':                     row('client', '401 401 403 404 403 ok 404', OWNER_ONLY),
  'POST /api/clients/:id/archive':               row('client', '401 401 ok 404 403 ok 404', MANAGE),
  'POST /api/clients/:id/restore':               row('client', '401 401 ok 404 403 ok 404', MANAGE),
  'PUT /api/clients/:id/shares':                 row('client', '401 401 ok 404 403 ok 404', MANAGE),
  'GET /api/clients/:id/access-log':             row('client', '401 401 403 404 403 ok 404', OWNER_ONLY),
  'GET /api/clients/:id/access-log.csv':         row('client', '401 401 403 404 403 ok 404', OWNER_ONLY),
  'POST /api/clients/:id/intake-invitations':    row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/intake-invitations':     row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/intake-invitations/:id/revoke':     row('invitation', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/follow-up-schedule':     row('client', '401 401 ok 404 ok ok 404'),
  'PUT /api/clients/:id/follow-up-schedule':     row('client', '401 401 ok 404 ok ok 404', "sending follow-up links is work in the record, like an intake link: a3 may through the share"),
  'DELETE /api/clients/:id/follow-up-schedule':  row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/assessments':            row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/clients/:id/assessments':           row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/red-flags':              row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/red-flags/:id/acknowledge':         row('redFlag', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/priority':               row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/clients/:id/priority-decisions':    row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/clients/:id/session-notes':         row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/session-notes':          row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/session-notes/:id':                  row('note', '401 401 ok 404 ok ok 404'),
  'PATCH /api/session-notes/:id':                row('note', '401 401 ok 404 403 403 404', AUTHOR),
  'POST /api/session-notes/:id/sign':            row('note', '401 401 ok 404 403 403 404', AUTHOR),
  'POST /api/session-notes/:id/addenda':         row('signedNote', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/goals':                  row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/clients/:id/goals':                 row('client', '401 401 ok 404 ok ok 404'),
  'PATCH /api/goals/:id':                        row('goal', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/timeline':               row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/reports/progress.pdf':   row('client', '401 401 ok 404 ok ok 404'),
  'POST /api/clients/:id/reports/progress.pdf':  row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/reports':                row('client', '401 401 ok 404 ok ok 404'),
  'GET /api/reports/:id/download':               row('report', '401 401 ok 404 ok ok 404'),
  'GET /api/clients/:id/export':                 row('client', '401 401 ok 404 403 ok 404', MANAGE),
  'GET /api/intake/:token':                      row('link', '401 ok 401 401 401 401 401', 'the link alone is not enough: its date-of-birth check is'),
  'POST /api/intake/:token/verify':              row('link', 'ok ok ok ok ok ok ok', 'link plus date of birth is the client\'s proof, whoever sends it'),
  'POST /api/intake/:token/consent':             row('link', '401 ok 401 401 401 401 401', 'a session is no proof on a link'),
  'PUT /api/intake/:token/draft':                row('link', '401 ok 401 401 401 401 401', 'a session is no proof on a link'),
  'POST /api/intake/:token/submit':              row('link', '401 ok 401 401 401 401 401', 'a session is no proof on a link'),
  'GET /api/appointments':                       row('none', '401 401 ok ok ok ok ok', 'lists only the appointments of clients the caller may see'),
  'POST /api/appointments':                      row('none', '401 401 ok 404 ok ok 404', "the sample books for client X: a2 and b1 may not see X; a3 works in X's record through the share"),
  'PATCH /api/appointments/:id':                 row('appointment', '401 401 ok 404 ok ok 404'),
  'GET /api/appointments/:id/ics':               row('appointment', '401 401 ok 404 ok ok 404'),
  'GET /api/calendar-feed':                      row('none', '401 401 ok ok ok ok ok', "the caller's own subscription"),
  'POST /api/calendar-feed':                     row('none', '401 401 ok ok ok ok ok', "the caller's own subscription"),
  'DELETE /api/calendar-feed':                   row('none', '401 401 ok ok ok ok ok', "the caller's own subscription"),
  'GET /api/calendar-feeds/:token':              row('feed', 'ok ok ok ok ok ok ok', 'the token is the key, whoever sends it; no session is asked'),
  //                                                      anon intake a1  a2  a3  ownerA b1  portalX portalY portalB
  'POST /api/clients/:id/portal-invitations':    row('client', '401 401 ok 404 ok ok 404', 'as an intake link: whoever works in the record'),
  'GET /api/portal/links/:token':                row('portalLink', 'ok ok ok ok ok ok ok ok ok ok', 'the link is the key, whoever holds it'),
  'POST /api/portal/sessions':                   row('none', 'ok ok ok ok ok ok ok ok ok ok', "link plus date of birth is the client's proof, whoever sends it"),
  'POST /api/portal/sign-in-link':               row('none', 'ok ok ok ok ok ok ok ok ok ok', 'always 202, whoever asks and for whatever address'),
  'GET /api/portal/me':                          row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only, and only the client's own"),
  'GET /api/portal/lessons':                     row('none', '401 401 401 401 401 401 401 ok ok ok', 'a portal session only'),
  'GET /api/portal/lessons/:lessonId':           row('lesson', '401 401 401 401 401 401 401 ok ok ok', 'a portal session only'),
  'PUT /api/portal/lessons/:lessonId/read':      row('lesson', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; marks the caller's own"),
  'GET /api/portal/reports/:id/download':        row('report', '401 401 401 401 401 401 401 ok 404 404', "client X's report, for client X alone"),
  'GET /api/portal/messages':                    row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; the caller's own thread"),
  'POST /api/portal/messages':                   row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; writes into the caller's own thread"),
  'GET /api/clients/:id/messages':               row('client', '401 401 ok 404 ok ok 404', 'as other client data: whoever works in the record'),
  'POST /api/clients/:id/messages':              row('client', '401 401 ok 404 ok ok 404', 'as other client data: whoever works in the record'),
  'GET /api/portal/check-ins':                   row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; the caller's own week"),
  'POST /api/portal/check-ins':                  row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; the caller's own check-in"),
  'POST /api/portal/daily-logs':                 row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; the caller's own mini-log"),
  'GET /api/clients/:id/check-ins':              row('client', '401 401 ok 404 ok ok 404', 'as other client data: whoever works in the record'),
  'GET /api/homework/library':                   row('none', '401 401 ok ok ok ok ok', 'the same exercises for every practice'),
  'GET /api/clients/:id/homework':               row('client', '401 401 ok 404 ok ok 404', 'as other client data: whoever works in the record'),
  'POST /api/clients/:id/homework':              row('client', '401 401 ok 404 ok ok 404', 'as other client data: whoever works in the record'),
  'PATCH /api/homework/:id':                     row('homework', '401 401 ok 404 ok ok 404', 'as goals: whoever works in the record'),
  'GET /api/portal/homework':                    row('none', '401 401 401 401 401 401 401 ok ok ok', "a portal session only; the caller's own homework"),
  'POST /api/portal/homework/:id/done':          row('homework', '401 401 401 401 401 401 401 ok 404 404', "client X's homework, ticked off by client X alone"),
  'DELETE /api/portal/homework/:id/done':        row('homework', '401 401 401 401 401 401 401 ok 404 404', "client X's homework, taken back by client X alone"),
  'GET /api/clients/:id/portal':                 row('client', '401 401 ok 404 ok ok 404', 'as other client data: whoever works in the record'),
  'DELETE /api/portal/session':                  row('none', '401 401 401 401 401 401 401 ok ok ok', "ends the caller's own portal session"),
};

/** Targets of no practice: asked on one side only. */
export const NO_SIDE: Target[] = ['none', 'portalLink', 'lesson'];

/** The outcome for a principal on the object of one side, as the header above explains. */
export function expected(rule: Rule, who: PrincipalId, side: Side): Outcome {
  if (side === 'A' || NO_SIDE.includes(rule.target)) return rule.outcomes[who];
  if (who === 'portalB') return rule.outcomes.portalX;
  if (isPortalPrincipal(who)) return rule.outcomes.portalY;
  // Refused at the door on their own practice's object (a portal route):
  // whose object it is never comes into it.
  if (rule.outcomes[who] === 401) return 401;
  const anon = rule.outcomes.anon;
  if (who === 'b1') return rule.outcomes.a1;
  if (
    who === 'anon' ||
    who === 'intake' ||
    rule.target === 'link' ||
    rule.target === 'feed'
  )
    return anon;
  return anon === 401 ? 404 : anon;
}
