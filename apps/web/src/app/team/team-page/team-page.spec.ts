import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { buildMember } from '../../../testing/build-client';
import { buildUser, settle } from '../../../testing/build-user';
import {
  allByTestId,
  byTestId,
  byText,
  typeInto,
  waitFor,
} from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { TeamPage } from './team-page';

describe('TeamPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const sanne = buildMember();
  const thomas = buildMember({
    id: 'p-2',
    email: 'thomas@praktijk.nl',
    displayName: 'Thomas Bakker',
    role: 'practitioner',
  });

  async function open(): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'team', component: TeamPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser());
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/team', TeamPage);
    http.expectOne('/api/practitioners').flush([thomas, sanne]);
    await stable();
  }

  async function stable(): Promise<void> {
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  afterEach(() => http.verify());

  it('lists the team by name, with role and status in words', async () => {
    await open();
    const rows = allByTestId('team-row').map((row) => row.textContent ?? '');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Sanne de Vries');
    expect(rows[0]).toContain('(jij)');
    expect(rows[0]).toContain('Eigenaar');
    expect(rows[1]).toContain('Thomas Bakker');
    expect(rows[1]).toContain('Behandelaar');
    expect(rows[1]).toContain('Actief');
  });

  it('invites a colleague and shows the one-time link once, to copy', async () => {
    await open();
    const copy = jest
      .spyOn(TestBed.inject(Clipboard), 'copy')
      .mockReturnValue(true);

    byTestId('team-invite')?.click();
    await stable();
    typeInto('invite-email', 'eva@praktijk.nl');
    typeInto('invite-name', 'Eva Jansen');
    byTestId('invite-submit')?.click();
    await stable();

    const request = http.expectOne('/api/practitioners');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'eva@praktijk.nl',
      displayName: 'Eva Jansen',
      role: 'practitioner',
    });
    request.flush({
      member: buildMember({
        id: 'p-3',
        email: 'eva@praktijk.nl',
        displayName: 'Eva Jansen',
        role: 'practitioner',
        invitationPending: true,
      }),
      setPasswordUrl: 'https://praktijk.example/wachtwoord-instellen/abc123',
      expiresAt: '2026-11-20T12:00:00Z',
    });
    await stable();

    expect(byTestId('invite-link')?.textContent?.trim()).toBe(
      'https://praktijk.example/wachtwoord-instellen/abc123',
    );
    expect(document.body.textContent).toContain(
      'Geef deze link persoonlijk door aan Eva Jansen',
    );
    expect(document.body.textContent).toContain('20-11-2026 13:00');

    byTestId('invite-copy')?.click();
    await stable();
    expect(copy).toHaveBeenCalledWith(
      'https://praktijk.example/wachtwoord-instellen/abc123',
    );
    expect(byTestId('invite-copy')?.textContent).toContain('Gekopieerd');

    const eva = allByTestId('team-row').find((row) =>
      row.textContent?.includes('Eva Jansen'),
    );
    expect(eva?.textContent).toContain('Uitgenodigd');
  });

  it('shows a taken email address next to the field and keeps the input', async () => {
    await open();
    byTestId('team-invite')?.click();
    await stable();
    typeInto('invite-email', 'thomas@praktijk.nl');
    typeInto('invite-name', 'Thomas B.');
    byTestId('invite-submit')?.click();
    await stable();

    http.expectOne('/api/practitioners').flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'Niet alle velden zijn goed ingevuld.',
        details: [
          {
            field: 'email',
            code: 'already_in_team',
            message: 'Er is al een account met dit e-mailadres.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    expect(byTestId('field-error-email')?.textContent?.trim()).toBe(
      'Er is al een account met dit e-mailadres.',
    );
    expect(byTestId<HTMLInputElement>('invite-name')?.value).toBe('Thomas B.');
    expect(byTestId('invite-link')).toBeNull();
  });

  it('explains a refused change with the API message (409 last_owner)', async () => {
    await open();
    byTestId('team-actions')?.click();
    await stable();
    byText('button', 'Eigenaar maken')?.click();
    await stable();
    expect(document.body.textContent).toContain('Thomas Bakker wordt eigenaar');
    byTestId('confirm-ok')?.click();
    // The dialog answers once its closing animation has run.
    await waitFor(() => !byTestId('confirm-ok'));
    await stable();

    const request = http.expectOne('/api/practitioners/p-2');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ role: 'owner' });
    request.flush(
      {
        statusCode: 409,
        code: 'last_owner',
        message: 'De praktijk heeft minstens één actieve eigenaar nodig.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();

    expect(byTestId('team-error')?.textContent?.trim()).toBe(
      'De praktijk heeft minstens één actieve eigenaar nodig.',
    );
  });
});
