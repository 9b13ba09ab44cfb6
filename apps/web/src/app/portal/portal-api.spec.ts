import {
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Blank } from '../../testing/blank';
import { buildUser, settle } from '../../testing/build-user';
import { AuthStore } from '../core/auth/auth-store';
import { sessionExpiredInterceptor } from '../core/http/session-expired-interceptor';
import { PortalApi, portalXsrfToken } from './portal-api';
import { linkFailure } from './portal-failure';

describe('PortalApi', () => {
  let http: HttpTestingController;
  let api: PortalApi;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(PortalApi);
    await TestBed.inject(Router).navigateByUrl('/portaal');
  });

  it('reads its own CSRF cookie, not the practitioner one', () => {
    expect(
      portalXsrfToken('XSRF-TOKEN=praktijk; HK-PORTAL-XSRF=abc%3D; andere=1'),
    ).toBe('abc=');
    expect(portalXsrfToken('XSRF-TOKEN=praktijk')).toBe('');
  });

  it('echoes the portal token in its own header when marking a lesson read', async () => {
    document.cookie = 'HK-PORTAL-XSRF=token-1; path=/';
    const done = firstValueFrom(api.markRead('scans'));
    const request = http.expectOne('/api/portal/lessons/scans/read');
    expect(request.request.method).toBe('PUT');
    expect(request.request.headers.get('X-Portal-XSRF')).toBe('token-1');
    request.flush({ id: 'scans', read: true });
    await expect(done).resolves.toMatchObject({ read: true });
  });

  it('leaves a practitioner signed in on this browser alone when the portal answers 401', async () => {
    const auth = TestBed.inject(AuthStore);
    const login = auth.login({ email: 'sanne@praktijk.nl', password: 'x' });
    http.expectOne('/api/auth/login').flush(buildUser());
    await login;
    const failed = firstValueFrom(api.me()).catch((e: unknown) => e);
    http
      .expectOne('/api/portal/me')
      .flush(
        { code: 'unauthenticated' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await failed;
    await settle();
    expect(auth.user()).not.toBeNull();
    expect(TestBed.inject(Router).url).toBe('/portaal');
  });
});

describe('linkFailure', () => {
  const failure = (status: number, body: object) =>
    new HttpErrorResponse({ status, error: body });
  const contact = {
    practiceName: 'Praktijk',
    practitionerName: 'Sanne',
    practitionerEmail: 'sanne@example.nl',
  };

  it.each([
    [
      failure(404, { code: 'portal_link_unavailable', contact }),
      { kind: 'unavailable', contact },
    ],
    [
      failure(404, { code: 'portal_link_unavailable' }),
      { kind: 'unavailable', contact: null },
    ],
    [
      failure(423, { code: 'portal_link_locked', contact }),
      { kind: 'locked', contact },
    ],
    [
      failure(401, { code: 'portal_verify_required' }),
      { kind: 'verify_required' },
    ],
    [
      failure(401, { code: 'portal_verify_failed', message: 'Nog 4 keer' }),
      { kind: 'verify', message: 'Nog 4 keer' },
    ],
    [
      failure(429, { message: 'Te snel' }),
      { kind: 'verify', message: 'Te snel' },
    ],
    [failure(500, {}), { kind: 'error' }],
    [new Error('offline'), { kind: 'error' }],
  ])('reads %o as %o', (error, expected) => {
    expect(linkFailure(error)).toEqual(expected);
  });
});
