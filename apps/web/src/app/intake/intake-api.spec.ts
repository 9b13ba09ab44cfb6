import { provideHttpClient, withInterceptors } from '@angular/common/http';
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
import { acceptLanguageInterceptor } from '../core/http/accept-language-interceptor';
import { sessionExpiredInterceptor } from '../core/http/session-expired-interceptor';
import { I18n } from '../core/i18n/i18n';
import { IntakeApi } from './intake-api';

/** The intake's calls through the app's own HTTP set-up. */
describe('IntakeApi with the app interceptors', () => {
  let http: HttpTestingController;
  let api: IntakeApi;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(
          withInterceptors([
            acceptLanguageInterceptor,
            sessionExpiredInterceptor,
          ]),
        ),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(IntakeApi);
    await TestBed.inject(Router).navigateByUrl('/intake/t-1');
  });

  afterEach(() => http.verify());

  it("sends the intake's language, not the app's", () => {
    TestBed.inject(I18n).use('nl');
    api.load('t-1', 'en').subscribe();
    const request = http.expectOne('/api/intake/t-1');
    expect(request.request.headers.get('Accept-Language')).toBe('en');
    request.flush({});
  });

  it('does not treat the date-of-birth 401 as an expired session', async () => {
    // A practitioner signed in on the same device opens a client's link.
    const auth = TestBed.inject(AuthStore);
    const login = auth.login({ email: 'sanne@praktijk.nl', password: 'x' });
    http.expectOne('/api/auth/login').flush(buildUser());
    await login;

    const call = firstValueFrom(api.load('t-1', 'nl')).catch(() => 'failed');
    http
      .expectOne('/api/intake/t-1')
      .flush(
        { statusCode: 401, code: 'intake_verify_required' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(call).resolves.toBe('failed');
    await settle();

    expect(auth.user()).not.toBeNull();
    expect(TestBed.inject(Router).url).toBe('/intake/t-1');
  });

  it('encodes the token into the path', () => {
    api.verify('a/b c', { dateOfBirth: '1978-04-23' }, 'nl').subscribe();
    http.expectOne('/api/intake/a%2Fb%20c/verify').flush(null);
  });
});
