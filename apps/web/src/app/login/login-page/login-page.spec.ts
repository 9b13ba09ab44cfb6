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
import { I18n } from '../../core/i18n/i18n';
import { buildUser, settle } from '../../../testing/build-user';
import { Blank } from '../../../testing/blank';
import { LoginPage, safeReturnUrl } from './login-page';

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(url = '/login'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: '**', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    // As the app's initializer does: a stored language shows from the start.
    await TestBed.inject(I18n).ready();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    await harness.fixture.whenStable();
  }

  function el<T extends HTMLElement = HTMLElement>(testId: string): T | null {
    return (
      harness.routeNativeElement?.querySelector<T>(
        `[data-testid="${testId}"]`,
      ) ?? null
    );
  }

  function type(testId: string, value: string): void {
    const input = el<HTMLInputElement>(testId);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(): Promise<void> {
    el('login-submit')?.click();
    await harness.fixture.whenStable();
  }

  async function answerLogin(
    body: object | null,
    status: number,
  ): Promise<void> {
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    request.flush(body, { status, statusText: 'Error' });
    await settle();
    await harness.fixture.whenStable();
  }

  function text(): string {
    return harness.routeNativeElement?.textContent ?? '';
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('asks for both fields, in Dutch, before sending anything', async () => {
    await open();
    await submit();

    expect(text()).toContain('Vul je e-mailadres in.');
    expect(text()).toContain('Vul je wachtwoord in.');
    expect(document.activeElement).toBe(el('login-email'));
    http.expectNone('/api/auth/login');
  });

  it('explains a malformed email address', async () => {
    await open();
    type('login-email', 'sanne-at-praktijk');
    type('login-password', 'geheim');
    await submit();

    expect(text()).toContain('Vul een geldig e-mailadres in');
    http.expectNone('/api/auth/login');
  });

  it('shows the Dutch error on 401 and keeps what was typed', async () => {
    await open();
    type('login-email', 'sanne@praktijk.nl');
    type('login-password', 'verkeerd');
    await submit();
    await answerLogin(
      { statusCode: 401, error: 'Unauthorized', message: 'x' },
      401,
    );

    expect(el('login-error')?.getAttribute('role')).toBe('alert');
    expect(el('login-error')?.textContent).toContain(
      'Het e-mailadres of wachtwoord klopt niet.',
    );
    expect(el<HTMLInputElement>('login-email')?.value).toBe(
      'sanne@praktijk.nl',
    );
    expect(el<HTMLInputElement>('login-password')?.value).toBe('verkeerd');
  });

  describe('when the account is locked', () => {
    beforeEach(() => {
      // Fake only the clock; Angular and HttpClient keep real timers.
      jest.useFakeTimers({
        now: new Date('2026-11-13T12:55:00Z'),
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'requestIdleCallback',
          'cancelIdleCallback',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      });
    });

    it('says when to try again, in Amsterdam time (423)', async () => {
      await open();
      type('login-email', 'sanne@praktijk.nl');
      type('login-password', 'verkeerd');
      await submit();
      await answerLogin(
        { statusCode: 423, code: 'locked', retryAt: '2026-11-13T13:05:00Z' },
        423,
      );

      expect(el('login-error')?.textContent?.trim()).toBe(
        'Te veel mislukte pogingen. Probeer het opnieuw om 14:05.',
      );
    });

    it('says the same in English when rate limited (429)', async () => {
      localStorage.setItem('hk.lang', 'en');
      await open();
      type('login-email', 'sanne@praktijk.nl');
      type('login-password', 'verkeerd');
      await submit();
      await answerLogin(
        {
          statusCode: 429,
          code: 'rate_limited',
          retryAt: '2026-11-13T13:05:00Z',
        },
        429,
      );

      expect(el('login-error')?.textContent?.trim()).toBe(
        'Too many failed attempts. Try again at 14:05.',
      );
    });

    it('adds the date when the lock lasts past today', async () => {
      await open();
      type('login-email', 'sanne@praktijk.nl');
      type('login-password', 'verkeerd');
      await submit();
      await answerLogin(
        { code: 'locked', retryAt: '2026-11-14T08:00:00Z' },
        423,
      );

      expect(el('login-error')?.textContent).toContain('om 14-11-2026 09:00.');
    });
  });

  it('sends one request when the button is pressed twice', async () => {
    await open();
    type('login-email', 'sanne@praktijk.nl');
    type('login-password', 'geheim');
    await submit();
    await submit();

    expect(el('login-submit')?.textContent).toContain('Bezig met inloggen');
    await answerLogin(null, 401);
  });

  it('says the server could not be reached on a network error', async () => {
    await open();
    type('login-email', 'sanne@praktijk.nl');
    type('login-password', 'geheim');
    await submit();
    http
      .expectOne('/api/auth/login')
      .error(new ProgressEvent('error'), { status: 0 });
    await settle();
    await harness.fixture.whenStable();

    expect(el('login-error')?.textContent).toContain(
      'De server is niet bereikbaar.',
    );
    expect(el<HTMLInputElement>('login-password')?.value).toBe('geheim');
  });

  it('signs in, takes the account language and goes back where the user was', async () => {
    await open('/login?returnUrl=%2Fclienten%3Fq%3Dvan');
    type('login-email', 'sanne@praktijk.nl');
    type('login-password', 'geheim');
    await submit();
    await answerLogin(buildUser({ language: 'en' }), 200);

    expect(TestBed.inject(Router).url).toBe('/clienten?q=van');
    expect(TestBed.inject(I18n).language()).toBe('en');
  });

  describe('second step', () => {
    async function toCodeStep(): Promise<void> {
      await open('/login?returnUrl=%2Fclienten');
      type('login-email', 'sanne@praktijk.nl');
      type('login-password', 'geheim');
      await submit();
      await answerLogin({ mfaRequired: true }, 200);
    }

    async function answerCode(body: object, status: number): Promise<object> {
      const request = http.expectOne('/api/auth/login/mfa');
      const sent = request.request.body as object;
      request.flush(body, { status, statusText: 'Error' });
      await settle();
      await harness.fixture.whenStable();
      return sent;
    }

    async function submitCode(): Promise<void> {
      el('login-code-submit')?.click();
      await harness.fixture.whenStable();
    }

    it('asks for a 6-digit code the phone can fill in', async () => {
      await toCodeStep();
      const code = el<HTMLInputElement>('login-code');
      expect(code?.getAttribute('autocomplete')).toBe('one-time-code');
      expect(code?.getAttribute('inputmode')).toBe('numeric');
      expect(el('page-title')?.textContent).toContain('Tweestapsverificatie');
      expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fclienten');
    });

    it('explains a code that is not six digits before sending it', async () => {
      await toCodeStep();
      type('login-code', '12a');
      await submitCode();
      expect(text()).toContain('Een code bestaat uit 6 cijfers.');
    });

    it('says in Dutch when the code is wrong, and signs in with the right one', async () => {
      await toCodeStep();
      type('login-code', '123 456');
      await submitCode();
      expect(
        await answerCode({ code: 'mfa_invalid_code', message: 'x' }, 401),
      ).toEqual({ code: '123456' });
      expect(el('login-error')?.textContent).toContain(
        'Deze code klopt niet of is al gebruikt.',
      );
      type('login-code', '654321');
      await submitCode();
      await answerCode(buildUser(), 200);
      expect(TestBed.inject(Router).url).toBe('/clienten');
    });

    it('takes a recovery code instead, after the link', async () => {
      await toCodeStep();
      el('login-use-recovery')?.click();
      await harness.fixture.whenStable();
      expect(text()).toContain('Vul een van je herstelcodes in.');
      type('login-recovery-code', 'K7QM-3XTP-W9RD');
      await submitCode();
      expect(await answerCode(buildUser(), 200)).toEqual({
        recoveryCode: 'K7QM-3XTP-W9RD',
      });
    });

    it('goes back to the password when the pending sign-in expired', async () => {
      await toCodeStep();
      type('login-code', '123456');
      await submitCode();
      await answerCode({ code: 'mfa_pending_expired', message: 'x' }, 401);
      expect(el('login-password')).not.toBeNull();
      expect(el('login-error')?.textContent).toContain(
        'Je aanmelding is verlopen.',
      );
    });

    it('sends a user who must still set up MFA to the set-up page', async () => {
      await open('/login');
      type('login-email', 'sanne@praktijk.nl');
      type('login-password', 'geheim');
      await submit();
      const user = buildUser();
      await answerLogin(
        {
          ...user,
          mfa: { enabled: false, required: true, setupRequired: true },
        },
        200,
      );
      expect(TestBed.inject(Router).url).toBe('/tweestapsverificatie');
    });
  });

  it('explains that an expired session signed the user out', async () => {
    await open('/login?reason=expired');
    expect(text()).toContain('Je sessie is verlopen.');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    [undefined, '/vandaag'],
    ['/clienten/42', '/clienten/42'],
    ['//evil.example', '/vandaag'],
    ['https://evil.example', '/vandaag'],
    ['/\\evil.example', '/vandaag'],
    ['/login?returnUrl=/x', '/vandaag'],
  ])('turns %p into %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
