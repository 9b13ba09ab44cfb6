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
import { Blank } from '../../testing/blank';
import { settle } from '../../testing/build-user';
import { byTestId, typeInto } from '../../testing/dom';
import { ForgotPasswordPage } from './forgot-password-page';
import { SetPasswordPage } from './set-password-page';

describe('password recovery pages', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            {
              path: 'wachtwoord-herstellen/:token',
              component: SetPasswordPage,
              data: { mode: 'reset' },
            },
            { path: 'wachtwoord-vergeten', component: ForgotPasswordPage },
            { path: '**', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function click(testId: string): Promise<void> {
    byTestId(testId)?.click();
    await settle();
    harness.fixture.detectChanges();
  }

  it('asks for a link and answers the same whatever the address', async () => {
    await harness.navigateByUrl('/wachtwoord-vergeten');
    typeInto('forgot-email', 'sanne@praktijk.nl');
    await click('forgot-submit');
    const request = http.expectOne('/api/auth/password-reset');
    expect(request.request.body).toEqual({ email: 'sanne@praktijk.nl' });
    request.flush(
      { status: 'accepted' },
      { status: 202, statusText: 'Accepted' },
    );
    await settle();
    harness.fixture.detectChanges();
    expect(byTestId('forgot-sent')?.textContent).toContain(
      'Als er een account is met sanne@praktijk.nl',
    );
  });

  it('sets the new password with the reset token and says so at sign-in', async () => {
    await harness.navigateByUrl('/wachtwoord-herstellen/tok-456');
    expect(byTestId('page-title')?.textContent?.trim()).toBe(
      'Kies een nieuw wachtwoord',
    );
    typeInto('set-password', 'een lange zin van woorden');
    typeInto('set-password-repeat', 'een lange zin van woorden');
    await click('set-password-submit');
    const request = http.expectOne('/api/auth/password-reset/confirm');
    expect(request.request.body).toEqual({
      token: 'tok-456',
      newPassword: 'een lange zin van woorden',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?reason=password-reset');
  });

  it('shows the server rule for the new password on the field', async () => {
    await harness.navigateByUrl('/wachtwoord-herstellen/tok-456');
    typeInto('set-password', 'een lange zin van woorden');
    typeInto('set-password-repeat', 'een lange zin van woorden');
    await click('set-password-submit');
    http.expectOne('/api/auth/password-reset/confirm').flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'Controleer de gemarkeerde velden.',
        details: [
          {
            field: 'newPassword',
            code: 'too_weak',
            message: 'Kies een minder voorspelbaar wachtwoord.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    harness.fixture.detectChanges();
    expect(byTestId('field-error-password')?.textContent?.trim()).toBe(
      'Kies een minder voorspelbaar wachtwoord.',
    );
  });
});
