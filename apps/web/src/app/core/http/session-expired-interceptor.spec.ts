import {
  HttpClient,
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
import { buildUser, settle } from '../../../testing/build-user';
import { Blank } from '../../../testing/blank';
import { AuthStore } from '../auth/auth-store';
import { sessionExpiredInterceptor } from './session-expired-interceptor';

describe('sessionExpiredInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthStore;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/clienten/42');
  });

  afterEach(() => http.verify());

  async function signIn(): Promise<void> {
    const login = auth.login({ email: 'sanne@praktijk.nl', password: 'x' });
    http.expectOne('/api/auth/login').flush(buildUser());
    await login;
  }

  async function failWith401(url: string): Promise<unknown> {
    const call = firstValueFrom(client.get(url)).catch((e: unknown) => e);
    http
      .expectOne(url)
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    const error = await call;
    await settle();
    return error;
  }

  it('sends a user whose practice now requires two-step sign-in to set it up', async () => {
    await signIn();
    const call = firstValueFrom(client.get('/api/clients')).catch(
      (e: unknown) => e,
    );
    http
      .expectOne('/api/clients')
      .flush(
        { code: 'mfa_setup_required', message: 'x' },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(await call).toBeInstanceOf(HttpErrorResponse);
    await settle();
    const user = buildUser();
    http.expectOne('/api/auth/me').flush({
      ...user,
      mfa: { enabled: false, required: true, setupRequired: true },
    });
    await settle();
    expect(router.url).toBe('/tweestapsverificatie');
    expect(auth.user()?.mfa.setupRequired).toBe(true);
  });

  it('forgets the user and sends them to /login, saying the session expired', async () => {
    await signIn();
    const error = await failWith401('/api/clients/42');

    expect(auth.user()).toBeNull();
    expect(router.url).toBe('/login?returnUrl=%2Fclienten%2F42&reason=expired');
    // The caller still hears about the failure.
    expect(error).toBeInstanceOf(HttpErrorResponse);
  });

  it('leaves a 401 from signing in to the login page', async () => {
    const login = auth
      .login({ email: 'sanne@praktijk.nl', password: 'wrong' })
      .catch(() => undefined);
    http
      .expectOne('/api/auth/login')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await login;
    await settle();

    expect(router.url).toBe('/clienten/42');
  });

  it('does nothing when nobody was signed in', async () => {
    await failWith401('/api/clients');
    expect(router.url).toBe('/clienten/42');
  });

  it('ignores other errors', async () => {
    await signIn();
    const call = firstValueFrom(client.get('/api/clients')).catch(
      () => undefined,
    );
    http
      .expectOne('/api/clients')
      .flush(null, { status: 500, statusText: 'x' });
    await call;

    expect(auth.user()).not.toBeNull();
    expect(router.url).toBe('/clienten/42');
  });
});
