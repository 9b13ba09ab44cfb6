import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@herstelkompas/contracts';
import { Blank } from '../../testing/blank';
import { buildUser, settle } from '../../testing/build-user';
import { AuthStore } from '../core/auth/auth-store';
import { Shell } from './shell';

describe('Shell', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(user: CurrentUser): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Blank },
          {
            path: '',
            component: Shell,
            children: [{ path: '**', component: Blank }],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const login = TestBed.inject(AuthStore).login({
      email: user.practitioner.email,
      password: 'x',
    });
    http.expectOne('/api/auth/login').flush(user);
    await login;
    harness = await RouterTestingHarness.create('/vandaag');
    await harness.fixture.whenStable();
  }

  function byTestId(testId: string): HTMLElement | null {
    return document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  }

  afterEach(() => http.verify());

  it('shows who is signed in, at which practice, and the navigation', async () => {
    await open(buildUser());

    expect(byTestId('shell-user-name')?.textContent?.trim()).toBe(
      'Sanne de Vries',
    );
    expect(byTestId('user-menu')?.textContent).toContain('Praktijk De Linde');
    expect(byTestId('nav-clients')?.getAttribute('href')).toBe('/clienten');
    expect(byTestId('nav-team')).not.toBeNull();
  });

  it('shows Team to the practice owner only', async () => {
    await open(buildUser({ role: 'practitioner' }));
    expect(byTestId('nav-team')).toBeNull();
  });

  it('switches to English and saves the choice with the account', async () => {
    await open(buildUser());
    const toggle = byTestId('lang-switch');
    expect(toggle?.textContent?.trim()).toBe('English');

    toggle?.click();
    await harness.fixture.whenStable();

    expect(byTestId('lang-switch')?.textContent?.trim()).toBe('Nederlands');
    expect(byTestId('nav-clients')?.textContent?.trim()).toBe('Clients');
    const save = http.expectOne('/api/auth/me/preferences');
    expect(save.request.body).toEqual({ language: 'en' });
    save.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('signs out from the user menu', async () => {
    await open(buildUser());
    byTestId('user-menu')?.click();
    await harness.fixture.whenStable();
    byTestId('logout')?.click();

    http
      .expectOne('/api/auth/logout')
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/login?reason=signed-out');
  });
});
