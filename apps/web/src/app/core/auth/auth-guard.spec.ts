import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { buildUser, settle } from '../../../testing/build-user';
import { Blank } from '../../../testing/blank';
import { authGuard, mfaSetupGuard } from './auth-guard';
import { ownerGuard } from './owner-guard';

describe('authGuard', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Blank },
          {
            path: 'tweestapsverificatie',
            canActivate: [mfaSetupGuard],
            component: Blank,
          },
          {
            path: '',
            canActivate: [authGuard],
            canActivateChild: [authGuard],
            children: [
              { path: 'vandaag', component: Blank },
              { path: 'clienten', component: Blank },
              { path: 'team', canActivate: [ownerGuard], component: Blank },
              { path: 'geen-toegang', component: Blank },
            ],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function navigate(
    url: string,
    me: { status: number; body: object | null },
  ) {
    const done = router.navigateByUrl(url);
    await settle();
    http
      .expectOne('/api/auth/me')
      .flush(me.body, { status: me.status, statusText: 'x' });
    await done;
  }

  it('sends a user who must still set up two-step sign-in to the set-up page', async () => {
    const user = buildUser();
    await navigate('/clienten', {
      status: 200,
      body: {
        ...user,
        mfa: { ...user.mfa, enabled: false, setupRequired: true },
      },
    });
    expect(router.url).toBe('/tweestapsverificatie');
  });

  it('keeps a user without a pending set-up away from the set-up page', async () => {
    await navigate('/tweestapsverificatie', { status: 200, body: buildUser() });
    expect(router.url).toBe('/vandaag');
  });

  it('sends a signed-out visitor to /login with the page they wanted', async () => {
    await navigate('/clienten?status=actief', { status: 401, body: null });

    expect(router.url).toBe('/login?returnUrl=%2Fclienten%3Fstatus%3Dactief');
  });

  it('lets a signed-in practitioner through and asks /me only once', async () => {
    await navigate('/clienten', { status: 200, body: buildUser() });
    expect(router.url).toBe('/clienten');

    await router.navigateByUrl('/vandaag');
    expect(router.url).toBe('/vandaag');
    http.expectNone('/api/auth/me');
  });

  it('asks again after a network error instead of remembering it', async () => {
    const first = router.navigateByUrl('/vandaag');
    await settle();
    http.expectOne('/api/auth/me').error(new ProgressEvent('error'));
    await first;
    expect(router.url).toBe('/login?returnUrl=%2Fvandaag');

    await navigate('/vandaag', { status: 200, body: buildUser() });
    expect(router.url).toBe('/vandaag');
  });

  it('shows practitioners who are not the owner "geen toegang" at /team', async () => {
    await navigate('/team', {
      status: 200,
      body: buildUser({ role: 'practitioner' }),
    });
    // The page shown is the no-access page; the address stays what was typed.
    expect(router.url).toBe('/geen-toegang');
    expect(TestBed.inject(Location).path()).toBe('/team');
  });

  it('lets the owner open /team', async () => {
    await navigate('/team', {
      status: 200,
      body: buildUser({ role: 'owner' }),
    });
    expect(router.url).toBe('/team');
  });
});
