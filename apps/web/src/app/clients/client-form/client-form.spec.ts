import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Blank } from '../../../testing/blank';
import { buildClient, buildMember } from '../../../testing/build-client';
import { buildUser, settle } from '../../../testing/build-user';
import { byTestId, byText, typeInto } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { unsavedChangesGuard } from '../../core/forms/unsaved-changes-guard';
import { ClientForm } from './client-form';

describe('ClientForm', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(url: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            {
              path: 'clienten/nieuw',
              component: ClientForm,
              canDeactivate: [unsavedChangesGuard],
            },
            {
              path: 'clienten/:id/bewerken',
              component: ClientForm,
              canDeactivate: [unsavedChangesGuard],
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
    http.expectOne('/api/auth/me').flush(buildUser());
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ClientForm);
    http
      .expectOne('/api/practitioners')
      .flush([
        buildMember(),
        buildMember({ id: 'p-2', displayName: 'Thomas Bakker' }),
      ]);
    await stable();
  }

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    byTestId('client-save')?.click();
    await stable();
  }

  async function answer(
    request: TestRequest,
    body: object | null,
    status = 200,
  ): Promise<void> {
    request.flush(body, { status, statusText: 'x' });
    await stable();
  }

  const value = (testId: string) => byTestId<HTMLInputElement>(testId)?.value;
  const errorText = (field: string) =>
    byTestId(`field-error-${field}`)?.textContent?.trim();

  function fillRequired(): void {
    typeInto('field-firstName', 'Jan');
    typeInto('field-lastName', 'van der Berg');
    typeInto('field-dateOfBirth', '23-4-1978');
    typeInto('field-email', 'jan@example.nl');
  }

  afterEach(() => http.verify());

  it('creates a client with the date typed the Dutch way', async () => {
    await open('/clienten/nieuw');
    fillRequired();
    expect(value('field-dateOfBirth')).toBe('23-04-1978');
    await submit();

    const request = http.expectOne('/api/clients');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(
      expect.objectContaining({
        firstName: 'Jan',
        lastName: 'van der Berg',
        dateOfBirth: '1978-04-23',
        email: 'jan@example.nl',
        phone: null,
        responsiblePractitionerId: 'p-1',
        legalBasis: 'explicit_consent',
        tags: [],
      }),
    );
    await answer(request, buildClient({ id: 'c-9' }));

    expect(TestBed.inject(Router).url).toBe('/clienten/c-9');
    expect(document.body.textContent).toContain('Opgeslagen');
  });

  it('says per field, in Dutch, what is missing before sending', async () => {
    await open('/clienten/nieuw');
    typeInto('field-dateOfBirth', '12-12-2999');
    typeInto('field-email', 'jan@praktijk');
    await submit();

    expect(errorText('firstName')).toBe('Vul de voornaam in.');
    expect(errorText('lastName')).toBe('Vul de achternaam in.');
    expect(errorText('dateOfBirth')).toBe(
      'De geboortedatum kan niet in de toekomst liggen.',
    );
    expect(errorText('email')).toBe(
      'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    );
    expect(document.activeElement).toBe(byTestId('field-firstName'));
    http.expectNone('/api/clients');
  });

  it('lists every problem at the top after a save attempt, with a link to each field', async () => {
    await open('/clienten/nieuw');
    fillRequired();
    typeInto('field-dateOfBirth', '31-02-1990');
    typeInto('field-phone', 'abc');
    expect(byTestId('form-summary')).toBeNull();
    await submit();

    expect(errorText('dateOfBirth')).toBe(
      'Deze datum bestaat niet. Kijk de dag en de maand nog eens na.',
    );
    expect(errorText('phone')).toBe(
      'Vul een telefoonnummer in met cijfers, bijvoorbeeld 06-12345678.',
    );
    const summary = byTestId('form-summary');
    expect(summary?.textContent).toContain('Nog niet opgeslagen');
    const links = Array.from(summary?.querySelectorAll('a') ?? []);
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Geboortedatum',
      'Telefoonnummer',
    ]);
    links[1]?.click();
    expect(document.activeElement).toBe(byTestId('field-phone'));
    http.expectNone('/api/clients');

    typeInto('field-dateOfBirth', '1990-05-12');
    typeInto('field-phone', '06-12345678');
    await submit();
    const request = http.expectOne('/api/clients');
    expect(request.request.body).toEqual(
      expect.objectContaining({
        dateOfBirth: '1990-05-12',
        phone: '06-12345678',
      }),
    );
    await answer(request, buildClient({ id: 'c-9' }));
  });

  it('adds labels as chips in a grid that holds only rows (axe aria-required-children)', async () => {
    await open('/clienten/nieuw');
    fillRequired();
    const tags = byTestId<HTMLInputElement>('field-tags');
    for (const tag of ['rug', 'slaap']) {
      if (tags) tags.value = tag;
      tags?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 }),
      );
      await stable();
    }
    const grid = document.querySelector('[role="grid"]');
    expect(grid?.querySelectorAll('[role="row"]')).toHaveLength(2);
    // Every element in the grid with a role is a row or inside one.
    const stray = Array.from(grid?.querySelectorAll('*') ?? []).filter(
      (el) =>
        el.matches('input, button, [role]:not([role="presentation"])') &&
        !el.closest('[role="row"]'),
    );
    expect(stray).toEqual([]);
    await submit();
    const request = http.expectOne('/api/clients');
    expect(request.request.body.tags).toEqual(['rug', 'slaap']);
    await answer(request, buildClient({ id: 'c-9' }));
  });

  it('shows the API field errors next to their fields and keeps the input', async () => {
    await open('/clienten/nieuw');
    fillRequired();
    await submit();
    await answer(
      http.expectOne('/api/clients'),
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: 'Niet alle velden zijn goed ingevuld.',
        details: [
          {
            field: 'email',
            code: 'invalid_email',
            message: 'Vul een geldig e-mailadres in.',
          },
          {
            field: 'dateOfBirth',
            code: 'invalid_birth_date',
            message: 'Vul een geldige geboortedatum in, niet in de toekomst.',
          },
        ],
      },
      400,
    );

    expect(errorText('email')).toBe('Vul een geldig e-mailadres in.');
    expect(errorText('dateOfBirth')).toBe(
      'Vul een geldige geboortedatum in, niet in de toekomst.',
    );
    expect(value('field-firstName')).toBe('Jan');
    expect(value('field-email')).toBe('jan@example.nl');
    expect(TestBed.inject(Router).url).toBe('/clienten/nieuw');
  });

  describe('editing', () => {
    async function openEdit(): Promise<void> {
      await open('/clienten/c-1/bewerken');
      await answer(http.expectOne('/api/clients/c-1'), buildClient());
    }

    it('sends only what changed, with the version it was based on', async () => {
      await openEdit();
      expect(value('field-dateOfBirth')).toBe('23-04-1978');
      typeInto('field-phone', '06 87654321');
      await submit();

      const request = http.expectOne('/api/clients/c-1');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({
        phone: '06 87654321',
        version: 3,
      });
      await answer(request, buildClient({ phone: '06 87654321', version: 4 }));
      expect(TestBed.inject(Router).url).toBe('/clienten/c-1');
    });

    it('keeps what was typed on a 409 and offers the newest version', async () => {
      await openEdit();
      typeInto('field-lastName', 'Berg-de Wit');
      await submit();
      await answer(
        http.expectOne('/api/clients/c-1'),
        { statusCode: 409, error: 'Conflict', code: 'conflict', message: 'x' },
        409,
      );

      expect(byTestId('conflict-message')?.textContent).toContain(
        'Iemand anders heeft deze cliënt intussen gewijzigd. Je wijzigingen staan nog in het formulier; bekijk de nieuwe versie en sla opnieuw op.',
      );
      expect(value('field-lastName')).toBe('Berg-de Wit');
      expect(TestBed.inject(Router).url).toBe('/clienten/c-1/bewerken');

      byText('button', 'Nieuwste versie laden')?.click();
      await answer(
        http.expectOne('/api/clients/c-1'),
        buildClient({
          gp: {
            name: 'Dr. Pietersen',
            practice: null,
            phone: null,
            email: null,
          },
          version: 5,
        }),
      );
      expect(value('field-lastName')).toBe('Berg-de Wit');
      expect(document.body.textContent).toContain(
        'Nu opgeslagen: van der Berg',
      );

      await submit();
      const retry = http.expectOne('/api/clients/c-1');
      expect(retry.request.body).toEqual({
        lastName: 'Berg-de Wit',
        gp: { name: 'Dr. Jansen', practice: null, phone: null, email: null },
        version: 5,
      });
      await answer(retry, buildClient({ lastName: 'Berg-de Wit', version: 6 }));
    });

    it('shows a friendly not-found state for a 404', async () => {
      await open('/clienten/c-404/bewerken');
      await answer(
        http.expectOne('/api/clients/c-404'),
        { statusCode: 404, message: 'Niet gevonden.' },
        404,
      );
      expect(document.body.textContent).toContain(
        'Deze cliënt is niet gevonden',
      );
      expect(byTestId('client-form')).toBeNull();
    });
  });

  it('asks before leaving with unsaved changes, and stays on "Blijven"', async () => {
    await open('/clienten/nieuw');
    typeInto('field-firstName', 'Jan');

    const leaving = TestBed.inject(Router).navigateByUrl('/clienten');
    // Not whenStable: the navigation waits on the dialog, so it never is.
    await settle();
    harness.fixture.detectChanges();
    expect(document.body.textContent).toContain('Wijzigingen niet opgeslagen');
    byText('button', 'Blijven')?.click();
    await expect(leaving).resolves.toBe(false);
    expect(value('field-firstName')).toBe('Jan');
  });
});
