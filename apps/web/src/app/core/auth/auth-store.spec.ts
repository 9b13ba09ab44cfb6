import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { buildUser } from '../../../testing/build-user';
import { Blank } from '../../../testing/blank';
import { I18n } from '../i18n/i18n';
import { AuthStore } from './auth-store';

describe('AuthStore', () => {
  let auth: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    auth = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function signIn(language: 'nl' | 'en' = 'nl'): Promise<void> {
    const login = auth.login({ email: 'sanne@praktijk.nl', password: 'x' });
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({
      email: 'sanne@praktijk.nl',
      password: 'x',
    });
    request.flush(buildUser({ language }));
    await login;
  }

  it('lets the language stored with the account win after signing in', async () => {
    await TestBed.inject(I18n).use('nl');
    await signIn('en');
    expect(TestBed.inject(I18n).language()).toBe('en');
    expect(localStorage.getItem('hk.lang')).toBe('en');
  });

  it('saves a language change on the server while signed in, ignoring failures', async () => {
    await signIn('nl');
    auth.changeLanguage('en');

    const request = http.expectOne('/api/auth/me/preferences');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ language: 'en' });
    request.flush(null, { status: 500, statusText: 'x' });

    expect(TestBed.inject(I18n).language()).toBe('en');
    expect(auth.user()?.practitioner.language).toBe('en');
  });

  it('only remembers the language locally when signed out', () => {
    auth.changeLanguage('en');
    http.expectNone('/api/auth/me/preferences');
    expect(localStorage.getItem('hk.lang')).toBe('en');
  });

  it('signs out on the server, forgets the user and opens /login', async () => {
    await signIn();
    const logout = auth.logout();
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await logout;

    expect(auth.user()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login?reason=signed-out');
  });
});
