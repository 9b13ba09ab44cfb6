import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PractitionerRole } from '@herstelkompas/contracts';
import { Blank } from '../../../testing/blank';
import { buildClient } from '../../../testing/build-client';
import { buildUser, settle } from '../../../testing/build-user';
import { buildAppointment } from '../../../testing/build-appointment';
import { byTestId, byText, typeInto, waitFor } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { ClientOverview } from '../../client-overview/client-overview';
import { ClientPage } from './client-page';

describe('ClientPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(
    url = '/clienten/c-1',
    role: PractitionerRole = 'owner',
  ): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            {
              path: 'clienten/:id',
              component: ClientPage,
              children: [{ path: '', component: ClientOverview }],
            },
            { path: '**', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser({ role }));
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
  }

  async function stable(): Promise<void> {
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  afterEach(() => {
    jest.useRealTimers();
    // The red-flag banner, the intake list, the follow-up block, the
    // check-in trends and the appointments load their own data; their own
    // specs (and the one below) cover it.
    http.match(
      (request) =>
        /\/(intake-invitations|red-flags|follow-up-schedule|check-ins|portal)$/.test(
          request.url,
        ) || request.url === '/api/appointments',
    );
    http.verify();
  });

  it('shows the essentials in the header and an honest overview', async () => {
    jest.useFakeTimers({
      now: new Date('2026-11-25T12:00:00Z'),
      advanceTimers: true,
    });
    await open();
    http
      .expectOne('/api/clients/c-1')
      .flush(buildClient({ openRedFlagCount: 1, tags: ['rug', 'sport'] }));
    await stable();
    jest.useRealTimers();

    expect(byTestId('client-header-name')?.textContent?.trim()).toBe(
      'Jan van der Berg',
    );
    expect(byTestId('client-status')?.textContent?.trim()).toBe('Actief');
    const header = document.querySelector('.header')?.textContent ?? '';
    expect(header).toContain('48 jaar');
    expect(header).toContain('Sanne de Vries');
    expect(header).toContain('1 open rode vlag');
    expect(document.body.textContent).toContain('Slaap');
    expect(document.body.textContent).toContain('Nog geen intake ingevuld');
    expect(byTestId('tab-log')).not.toBeNull();
  });

  it('shows the next appointment and the earlier ones', async () => {
    await open();
    http.expectOne('/api/clients/c-1').flush(buildClient());
    await stable();
    http
      .expectOne('/api/appointments?clientId=c-1')
      .flush([
        buildAppointment({ id: 'a-old', start: '2026-10-05T08:00:00.000Z' }),
        buildAppointment({ id: 'a-next', start: '2099-01-05T08:00:00.000Z' }),
      ]);
    await stable();

    const next = byTestId('client-next-appointment')?.textContent ?? '';
    expect(next).toContain('maandag 5 januari');
    expect(next).toContain('09:00–09:45');
    const past = byTestId('client-past-appointments')?.textContent ?? '';
    expect(past).toContain('maandag 5 oktober');
    expect(past).toContain('10:00–10:45');
  });

  it('hides the owner-only parts from other practitioners', async () => {
    await open('/clienten/c-1', 'practitioner');
    http.expectOne('/api/clients/c-1').flush(
      buildClient({
        responsiblePractitioner: { id: 'p-9', displayName: 'Eva' },
      }),
    );
    await stable();

    expect(byTestId('tab-log')).toBeNull();
    expect(byTestId('client-more')).toBeNull();
    expect(byTestId('client-share')).toBeNull();
  });

  it('offers a colleague the client is shared with the work, not the managing of the record', async () => {
    await open('/clienten/c-1', 'practitioner');
    http.expectOne('/api/clients/c-1').flush(
      buildClient({
        responsiblePractitioner: { id: 'p-9', displayName: 'Eva' },
        sharedWith: [{ id: 'p-1', displayName: 'Sanne de Vries' }],
      }),
    );
    await stable();

    expect(byTestId('report-open')).not.toBeNull();
    for (const action of [
      'client-edit',
      'client-archive',
      'client-restore',
      'client-share',
      'record-export',
      'client-more',
    ])
      expect(byTestId(action)).toBeNull();
  });

  it('answers a 404 with a friendly state that reveals nothing', async () => {
    await open('/clienten/c-x');
    http
      .expectOne('/api/clients/c-x')
      .flush({ message: 'Niet gevonden.' }, { status: 404, statusText: 'x' });
    await stable();

    expect(document.body.textContent).toContain('Deze cliënt is niet gevonden');
    expect(byTestId('client-header-name')).toBeNull();
  });

  it('archives after confirmation and then offers to restore', async () => {
    await open();
    http.expectOne('/api/clients/c-1').flush(buildClient());
    await stable();

    // Archiving is a rarer action: it sits under "Meer acties".
    expect(byTestId('client-archive')).toBeNull();
    byTestId('client-more')?.click();
    await stable();
    byTestId('client-archive')?.click();
    await stable();
    expect(document.body.textContent).toContain('Cliënt archiveren?');
    byTestId('confirm-ok')?.click();
    await waitFor(() => !byTestId('confirm-ok'));
    await stable();

    const request = http.expectOne('/api/clients/c-1/archive');
    expect(request.request.method).toBe('POST');
    request.flush(buildClient({ status: 'archived' }));
    await stable();

    expect(byTestId('client-status')?.textContent?.trim()).toBe('Gearchiveerd');
    // Restoring is now the main action; no intake can go out.
    expect(byTestId('client-restore')?.getAttribute('matbutton')).toBe(
      'filled',
    );
    expect(byTestId('intake-send')).toBeNull();
    expect(byTestId('client-archive')).toBeNull();
  });

  it('has one main action: the intake while none is out, then a note; the rest beside it or under "Meer acties"', async () => {
    await open();
    http
      .expectOne('/api/clients/c-1')
      .flush(buildClient({ latestScores: null }));
    await stable();
    http.expectOne('/api/clients/c-1/intake-invitations').flush([]);
    await stable();

    const filled = () =>
      Array.from(
        document.querySelectorAll('.header .mat-mdc-unelevated-button'),
      ).map((b) => b.getAttribute('data-testid'));
    expect(filled()).toEqual(['intake-send']);
    expect(byTestId('intake-state')?.textContent).toContain(
      'Nog geen intake verstuurd',
    );
    for (const visible of ['report-open', 'client-edit', 'client-more'])
      expect(byTestId(visible)).not.toBeNull();
    for (const hidden of ['client-share', 'record-export', 'client-archive'])
      expect(byTestId(hidden)).toBeNull();

    byTestId('client-more')?.click();
    await stable();
    const menu = Array.from(
      document.querySelectorAll('.mat-mdc-menu-panel [mat-menu-item]'),
    ).map((item) => item.getAttribute('data-testid'));
    expect(menu).toEqual([
      'client-share',
      'record-export',
      'client-archive',
      'client-erase',
    ]);
  });

  it('says where the sent link stands and makes writing a note the main action', async () => {
    await open();
    http
      .expectOne('/api/clients/c-1')
      .flush(buildClient({ latestScores: null }));
    await stable();
    http.expectOne('/api/clients/c-1/intake-invitations').flush([
      {
        id: 'inv-1',
        clientId: 'c-1',
        variant: 'baseline',
        status: 'opened',
        locked: false,
        createdAt: '2026-11-20T09:00:00Z',
        expiresAt: '2026-12-04T09:00:00Z',
        openedAt: '2026-11-21T18:00:00Z',
        submittedAt: null,
        revokedAt: null,
        assessmentId: null,
        overdue: false,
        urgentInDraft: false,
        delivery: {
          id: 'm-1',
          kind: 'intake_invitation',
          status: 'sent',
          recipient: 'jan@example.nl',
          attempts: 1,
          nextAttemptAt: null,
          error: null,
          sentAt: '2026-11-20T09:00:05Z',
          createdAt: '2026-11-20T09:00:00Z',
        },
        reminder: {
          id: 'm-2',
          kind: 'intake_reminder',
          status: 'sent',
          recipient: 'jan@example.nl',
          attempts: 1,
          nextAttemptAt: null,
          error: null,
          sentAt: '2026-11-23T09:00:00Z',
          createdAt: '2026-11-20T09:00:00Z',
        },
      },
    ]);
    await stable();

    expect(byTestId('intake-state')?.textContent?.trim()).toBe(
      'Eerste intake per e-mail verstuurd op 20-11-2026 · geopend op 21-11-2026 · herinnering verstuurd op 23-11-2026 · verloopt op 04-12-2026',
    );
    expect(byTestId('intake-state-resend')).not.toBeNull();
    expect(byTestId('client-note-new')?.getAttribute('href')).toBe(
      '/clienten/c-1/sessies?sessie=nieuw',
    );
    expect(document.body.textContent).not.toContain('stuur een intake');
    expect(document.body.textContent).toContain('De intakelink is verstuurd.');
  });

  it('destroys the record only after the last name is typed', async () => {
    await open();
    http.expectOne('/api/clients/c-1').flush(buildClient());
    await stable();

    byTestId('client-more')?.click();
    await stable();
    byTestId('client-erase')?.click();
    await stable();
    const confirm = byTestId<HTMLButtonElement>('confirm-ok');
    expect(confirm?.disabled).toBe(true);

    typeInto('erase-last-name', 'Van der  Berg ');
    await stable();
    expect(confirm?.disabled).toBe(false);
    confirm?.click();
    await stable();

    const request = http.expectOne('/api/clients/c-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await waitFor(() => TestBed.inject(Router).url === '/clienten');
    await stable();
    expect(document.body.textContent).toContain('Het dossier is vernietigd.');
    expect(byText('button', 'Definitief vernietigen')).toBeNull();
  });
});
