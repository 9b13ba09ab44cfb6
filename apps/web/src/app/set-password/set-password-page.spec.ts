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
import { SetPasswordPage } from './set-password-page';

describe('SetPasswordPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'wachtwoord-instellen/:token', component: SetPasswordPage },
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
    await harness.navigateByUrl('/wachtwoord-instellen/tok-123');
  });

  afterEach(() => http.verify());

  async function submit(): Promise<void> {
    byTestId('set-password-submit')?.click();
    await settle();
    harness.fixture.detectChanges();
  }

  it('asks for 12 characters and the same password twice', async () => {
    typeInto('set-password', 'kort');
    typeInto('set-password-repeat', 'anders');
    await submit();

    expect(byTestId('field-error-password')?.textContent?.trim()).toBe(
      'Gebruik minstens 12 tekens.',
    );
    typeInto('set-password', 'een lange zin van woorden');
    await submit();
    expect(byTestId('field-error-repeat')?.textContent?.trim()).toBe(
      'De twee wachtwoorden zijn niet hetzelfde.',
    );
    http.expectNone('/api/auth/set-password');
  });

  it('sets the password with the token and opens the login page', async () => {
    typeInto('set-password', 'een lange zin van woorden');
    typeInto('set-password-repeat', 'een lange zin van woorden');
    await submit();

    const request = http.expectOne('/api/auth/set-password');
    expect(request.request.body).toEqual({
      token: 'tok-123',
      password: 'een lange zin van woorden',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/login?reason=password-set');
  });

  it('shows the API message for a used or expired link', async () => {
    typeInto('set-password', 'een lange zin van woorden');
    typeInto('set-password-repeat', 'een lange zin van woorden');
    await submit();
    http.expectOne('/api/auth/set-password').flush(
      {
        statusCode: 400,
        code: 'invitation_invalid',
        message:
          'Deze link is niet (meer) geldig. Vraag de eigenaar van je praktijk om een nieuwe uitnodiging.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    harness.fixture.detectChanges();

    expect(byTestId('set-password-error')?.textContent).toContain(
      'Deze link is niet (meer) geldig.',
    );
    expect(byTestId<HTMLInputElement>('set-password')?.value).toBe(
      'een lange zin van woorden',
    );
  });
});
