import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import {
  addCalendarDays,
  HERSTELKOMPAS_INTAKE_V2,
} from '@herstelkompas/domain';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
import { randomUUID } from 'node:crypto';
import { completeAnswers } from './answers';
import {
  isPortalPrincipal,
  type PortalPrincipal,
  type PrincipalId,
  type Side,
  type Target,
} from './tenant-policy';
import { invitePortal, type PortalBrowser, portalBrowser } from './portal';
import { addPractitioner } from '../../src/practices/add-practitioner';
import {
  buildClient,
  buildPractice,
  type Session,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from './test-app';

export const DOB = '1978-04-23';

/** A client the world knows, with what would betray it in a response. */
export interface KnownClient {
  id: string;
  side: Side;
  responsible: 'a1' | 'a2' | 'b1';
  /** Colleagues it is shared with: a1's clients in A are shared with a3. */
  sharedWith: PrincipalId[];
  marks: string[];
}

/** An intake link with the cookie of the browser that passed its check. */
export interface Link {
  clientId: string;
  token: string;
  cookie: string;
}

interface SideObjects {
  client: string;
  link: Link;
  note: string;
  signedNote: string;
  goal: string;
  redFlag: string;
  invitation: string;
  report: string;
  practitioner: string;
  invitee: string;
  colleague: string;
  appointment: string;
  /** A calendar subscription token of someone who is none of the principals, so their own feed routes cannot revoke it. */
  feed: string;
  /** An unused portal invitation token of the side's client. */
  portalLink: string;
  /** Homework of the side's client, running today. */
  homework: string;
  /** A lesson the side's practice wrote itself. */
  practiceLesson: string;
}

/**
 * Two practices and the seven principals: practice A (owner, a1, a2, a3, with
 * a1's clients shared with a3), practice B (owner, b1), and the browser of
 * client X (a1's client in A) after its date-of-birth check. Every object exists on both sides; `fresh` makes a new
 * one for a request that is allowed to change or destroy it.
 */
export class TenantWorld {
  readonly clients: KnownClient[] = [];
  readonly practitionerIds: Record<Side, string[]> = { A: [], B: [] };
  readonly practiceIds: Record<Side, string> = { A: '', B: '' };
  sessions!: Record<
    'a1' | 'a2' | 'a3' | 'ownerA' | 'b1' | 'ownerB' | 'feedHolder',
    Session
  >;
  emails!: Record<'a1' | 'a2' | 'a3' | 'ownerA' | 'b1' | 'spare', string>;
  /** The practitioner id of each signed-in principal. */
  userIds!: Record<'a1' | 'a2' | 'a3' | 'ownerA' | 'b1', string>;
  objects!: Record<Side, SideObjects>;
  /** The portal browsers of client X, another client of A (a2's), and client Y of B. */
  portal!: Record<PortalPrincipal, PortalBrowser>;
  /** Whose portal each portal principal is. */
  portalClients!: Record<PortalPrincipal, string>;
  /** Unused portal invitations for the sign-in route: one per allowed call. */
  private portalTokens: string[] = [];
  private calls = 0;

  constructor(readonly t: TestApp) {}

  async build(): Promise<void> {
    // The fourth of A only holds practice A's calendar subscription (see SideObjects.feed).
    const a = await buildPractice(this.t.dataSource, { practitioners: 4 });
    const b = await buildPractice(this.t.dataSource, { practitioners: 1 });
    // Only to sign in with on the login route: belongs to neither side.
    const c = await buildPractice(this.t.dataSource);
    const [a1, a2, a3, feedHolder] = a.practitioners as [
      (typeof a.practitioners)[0],
      (typeof a.practitioners)[0],
      (typeof a.practitioners)[0],
      (typeof a.practitioners)[0],
    ];
    const b1 = b.practitioners[0] as (typeof b.practitioners)[0];
    this.practiceIds.A = a.owner.practiceId;
    this.practiceIds.B = b.owner.practiceId;
    this.practitionerIds.A = [a.owner.id, a1.id, a2.id, a3.id, feedHolder.id];
    this.practitionerIds.B = [b.owner.id, b1.id];
    this.emails = {
      a1: a1.email,
      a2: a2.email,
      a3: a3.email,
      ownerA: a.owner.email,
      b1: b1.email,
      spare: c.owner.email,
    };
    this.sessions = {
      a1: await signIn(this.t.app, a1.email),
      a2: await signIn(this.t.app, a2.email),
      a3: await signIn(this.t.app, a3.email),
      ownerA: await signIn(this.t.app, a.owner.email),
      b1: await signIn(this.t.app, b1.email),
      ownerB: await signIn(this.t.app, b.owner.email),
      feedHolder: await signIn(this.t.app, feedHolder.email),
    };
    this.userIds = {
      a1: a1.id,
      a2: a2.id,
      a3: a3.id,
      ownerA: a.owner.id,
      b1: b1.id,
    };
    // a2's own client: a1's lists must not show it, a2's must.
    const ofA2 = await this.client('A', 'a2');
    this.objects = { A: await this.side('A'), B: await this.side('B') };
    this.portalClients = {
      portalX: this.objects.A.client,
      portalY: ofA2.id,
      portalB: this.objects.B.client,
    };
    this.portal = {
      portalX: await this.freshPortal('portalX'),
      portalY: await this.freshPortal('portalY'),
      portalB: await this.freshPortal('portalB'),
    };
    for (let i = 0; i < 12; i++)
      this.portalTokens.push(
        await invitePortal(this.t.app, this.sessions.a1, this.objects.A.client),
      );
  }

  /** A new portal session of the principal's client (signing out ends one). */
  async freshPortal(who: PortalPrincipal): Promise<PortalBrowser> {
    const practitioner =
      who === 'portalX'
        ? this.sessions.a1
        : who === 'portalY'
          ? this.sessions.a2
          : this.sessions.b1;
    this.calls += 1;
    return portalBrowser(
      this.t.app,
      practitioner,
      this.portalClients[who],
      DOB,
      `127.78.${Math.floor(this.calls / 250) % 250}.${(this.calls % 250) + 1}`,
    );
  }

  /** An unused portal invitation of client X. */
  nextPortalToken(): string {
    const token = this.portalTokens.pop();
    if (!token) throw new Error('no portal invitation left in the world');
    return token;
  }

  /** A request as the app sees it; every call gets its own loopback address so rate limits never decide a cell. */
  async call(
    method: string,
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) {
    this.calls += 1;
    return this.t.app.inject({
      method: method as 'GET',
      url,
      headers,
      remoteAddress: `127.77.${Math.floor(this.calls / 250) % 250}.${(this.calls % 250) + 1}`,
      ...(payload ? { payload } : {}),
      // Bytes are an image upload (the logo); everything else goes as JSON.
      ...(Buffer.isBuffer(payload)
        ? { headers: { ...headers, 'content-type': 'image/png' } }
        : {}),
    });
  }

  /** The id the route's `:id` or `:token` points at for this side. */
  idOf(target: Target, side: Side): string {
    if (target === 'none') return '';
    if (target === 'link') return this.objects[side].link.token;
    if (target === 'feed') return this.objects[side].feed;
    if (target === 'lesson') return 'scans';
    return this.objects[side][target];
  }

  /** A new object of the kind, made by the side's responsible practitioner. */
  async fresh(target: Target, side: Side): Promise<string | Link> {
    switch (target) {
      case 'none':
      case 'lesson':
        return '';
      case 'portalLink':
        return invitePortal(
          this.t.app,
          this.responsible(side),
          this.objects[side].client,
        );
      case 'client':
        return this.assessed(side);
      case 'link':
        return this.link(side, (await this.client(side)).id);
      case 'note':
        return this.note(side, this.objects[side].client);
      case 'signedNote':
        return this.signedNote(side);
      case 'goal':
        return this.goal(side);
      case 'homework':
        return this.homework(side);
      case 'redFlag':
        return this.redFlag(side);
      case 'invitation':
        return (await this.invite(side, (await this.client(side)).id)).id;
      case 'report':
        return this.objects[side].report;
      case 'appointment':
        return this.appointment(side);
      case 'feed':
        return this.objects[side].feed;
      case 'practitioner':
      case 'invitee':
        return this.invitee(side);
      case 'colleague':
        return this.colleague(side);
      case 'practiceLesson':
        return this.practiceLesson(side);
    }
  }

  /** A lesson of the side's practice, written straight into the table. */
  private async practiceLesson(side: Side): Promise<string> {
    const [row] = await this.t.dataSource.query<{ id: string }[]>(
      `INSERT INTO practice_lessons (practice_id, title, minutes, body)
       VALUES ($1, 'Les', 3, 'Tekst.') RETURNING id`,
      [this.practiceIds[side]],
    );
    return (row as { id: string }).id;
  }

  /** The clients `who` may see (when acting on a link: that link's client). */
  mayAccess(who: PrincipalId, client: KnownClient, linkClient?: string) {
    if (isPortalPrincipal(who)) return client.id === this.portalClients[who];
    if (who === 'ownerA') return client.side === 'A';
    if (who === 'a1' || who === 'a2' || who === 'a3' || who === 'b1')
      return client.responsible === who || client.sharedWith.includes(who);
    return client.id === linkClient;
  }

  /** Ids and names `who` must never be shown (on a link: all but that link's client). */
  foreignMarks(who: PrincipalId, linkClient?: string): string[] {
    const clients = this.clients
      .filter((c) => !this.mayAccess(who, c, linkClient))
      .flatMap((c) => c.marks);
    const people =
      who === 'b1'
        ? this.practitionerIds.A
        : who === 'anon' || who === 'intake' || isPortalPrincipal(who)
          ? [...this.practitionerIds.A, ...this.practitionerIds.B]
          : this.practitionerIds.B;
    return [...clients, ...people];
  }

  private responsible(side: Side): Session {
    return side === 'A' ? this.sessions.a1 : this.sessions.b1;
  }

  private async side(side: Side): Promise<SideObjects> {
    const client = await this.assessed(side);
    const linked = await this.client(side);
    const report = await this.call(
      'POST',
      `/api/clients/${client}/reports/progress.pdf`,
      this.responsible(side).headers,
    );
    return {
      client,
      link: await this.link(side, linked.id),
      note: await this.note(side, client),
      signedNote: await this.signedNote(side, client),
      goal: await this.goal(side, client),
      homework: await this.homework(side, client),
      redFlag: await this.redFlag(side),
      invitation: (await this.invite(side, client)).id,
      report: report.headers['x-report-id'] as string,
      practitioner: this.practitionerIds[side][1] as string,
      invitee: await this.invitee(side),
      colleague: await this.colleague(side),
      appointment: await this.appointment(side, client),
      feed: await this.feed(side),
      portalLink: await invitePortal(
        this.t.app,
        this.responsible(side),
        client,
      ),
      practiceLesson: await this.practiceLesson(side),
    };
  }

  /** A start a month or more ahead, a new minute each call. */
  futureStart(): string {
    this.calls += 1;
    return new Date(
      Date.now() + 30 * 86_400_000 + this.calls * 60_000,
    ).toISOString();
  }

  private async appointment(side: Side, clientId?: string): Promise<string> {
    const made = await this.post(this.responsible(side), '/api/appointments', {
      clientId: clientId ?? this.objects[side].client,
      start: this.futureStart(),
      durationMinutes: 30,
      type: 'coaching',
      allowOverlap: true,
    });
    return made.id;
  }

  private async feed(side: Side): Promise<string> {
    const holder =
      side === 'A' ? this.sessions.feedHolder : this.sessions.ownerB;
    const made = await this.post(holder, '/api/calendar-feed');
    return String(made.url).split('/api/calendar-feeds/')[1] as string;
  }

  /** A client with a baseline intake, so priorities, reports and timelines have content. */
  private async assessed(side: Side): Promise<string> {
    const { id } = await this.client(side);
    await this.post(this.responsible(side), `/api/clients/${id}/assessments`, {
      variant: 'baseline',
      answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
    });
    return id;
  }

  private async client(side: Side, who?: 'a2'): Promise<KnownClient> {
    const responsible = who ?? (side === 'A' ? 'a1' : 'b1');
    const tag = randomUUID().slice(0, 8);
    const made = await buildClient(this.t.app, this.sessions[responsible], {
      lastName: `Achternaam${tag}`,
      email: `client-${tag}@example.nl`,
      dateOfBirth: DOB,
    });
    const shared = side === 'A' && responsible === 'a1';
    if (shared) {
      const response = await this.call(
        'PUT',
        `/api/clients/${made.id}/shares`,
        this.sessions.a1.headers,
        { practitionerIds: [this.userIds.a3] },
      );
      if (response.statusCode !== 200)
        throw new Error(`share: ${response.statusCode} ${response.body}`);
    }
    const known: KnownClient = {
      id: made.id,
      side,
      responsible,
      sharedWith: shared ? ['a3'] : [],
      marks: [made.id, `Achternaam${tag}`, `client-${tag}@example.nl`],
    };
    this.clients.push(known);
    return known;
  }

  private async link(side: Side, clientId: string): Promise<Link> {
    const created = await this.invite(side, clientId);
    const token = String(created.url).split('/intake/')[1] as string;
    const verified = await this.call(
      'POST',
      `/api/intake/${token}/verify`,
      {},
      {
        dateOfBirth: DOB,
      },
    );
    const set = (verified.cookies as { name: string; value: string }[]).find(
      (c) => c.name === 'hk_intake',
    );
    const cookie = `hk_intake=${set?.value ?? ''}`;
    await this.call(
      'POST',
      `/api/intake/${token}/consent`,
      { cookie },
      {
        privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
      },
    );
    return { clientId, token, cookie };
  }

  private async invite(side: Side, clientId: string) {
    return this.post(
      this.responsible(side),
      `/api/clients/${clientId}/intake-invitations`,
      { variant: 'baseline' },
    );
  }

  private async note(side: Side, clientId?: string): Promise<string> {
    const made = await this.post(
      this.responsible(side),
      `/api/clients/${clientId ?? this.objects[side].client}/session-notes`,
      { sessionDate: '2026-11-20T10:00:00Z', type: 'coaching', text: 'x' },
    );
    return made.id;
  }

  private async signedNote(side: Side, clientId?: string): Promise<string> {
    const id = await this.note(side, clientId);
    await this.post(this.responsible(side), `/api/session-notes/${id}/sign`);
    return id;
  }

  private async goal(side: Side, clientId?: string): Promise<string> {
    const made = await this.post(
      this.responsible(side),
      `/api/clients/${clientId ?? this.objects[side].client}/goals`,
      { domain: 'sleep', description: 'x' },
    );
    return made.id;
  }

  private async homework(side: Side, clientId?: string): Promise<string> {
    const today = amsterdamToday();
    const made = await this.post(
      this.responsible(side),
      `/api/clients/${clientId ?? this.objects[side].client}/homework`,
      {
        exerciseId: 'slow-breathing',
        frequency: 'daily',
        startsOn: addCalendarDays(today, -7),
        endsOn: addCalendarDays(today, 30),
      },
    );
    return made.id;
  }

  private async redFlag(side: Side): Promise<string> {
    const flagged = await this.client(side);
    await this.post(
      this.responsible(side),
      `/api/clients/${flagged.id}/assessments`,
      {
        variant: 'baseline',
        answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2, {
          'RF-CAUDA-BLADDER': true,
        }),
      },
    );
    const [flag] = await this.t.dataSource.query(
      'SELECT id FROM red_flag_reviews WHERE client_id = $1',
      [flagged.id],
    );
    return flag.id;
  }

  /** Someone invited to the side's practice who has not set a password yet. */
  private async invitee(side: Side): Promise<string> {
    const owner = side === 'A' ? this.sessions.ownerA : this.sessions.ownerB;
    const made = await this.post(owner, '/api/practitioners', {
      email: `invitee-${randomUUID().slice(0, 8)}@example.nl`,
      displayName: 'Nieuwe collega',
      role: 'practitioner',
    });
    const id = (made.member as { id: string }).id;
    this.practitionerIds[side].push(id);
    return id;
  }

  /** An active colleague of the side's practice who has a password. */
  private async colleague(side: Side): Promise<string> {
    const practiceId = (
      await this.t.dataSource.query(
        'SELECT practice_id FROM practitioners WHERE id = $1',
        [this.practitionerIds[side][0]],
      )
    )[0].practice_id as string;
    const person = await addPractitioner(this.t.dataSource, {
      email: `collega-${randomUUID().slice(0, 8)}@example.nl`,
      displayName: 'Collega',
      password: TEST_PASSWORD,
      role: 'practitioner',
      practiceId,
    });
    this.practitionerIds[side].push(person.id);
    return person.id;
  }

  private async post(s: Session, url: string, payload?: object) {
    const response = await this.call('POST', url, s.headers, payload);
    if (response.statusCode >= 300)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.statusCode === 204 ? {} : response.json();
  }
}
