import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MfaStatus, PracticeSecurity } from '@herstelkompas/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { buildUser, settle } from '../../../testing/build-user';
import { SecurityPage } from './security-page';

const STATUS: MfaStatus = {
  enabled: false,
  required: false,
  demoExempt: false,
  enabledAt: null,
  recoveryCodesLeft: 0,
};

describe('SecurityPage', () => {
  let http: HttpTestingController;

  async function open(
    status: Partial<MfaStatus>,
    practice: Partial<PracticeSecurity> = {},
    role: 'owner' | 'practitioner' = 'owner',
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const auth = TestBed.inject(AuthStore);
    const login = auth.login({ email: 'x@y.nl', password: 'p' });
    http.expectOne('/api/auth/login').flush(buildUser({ role }));
    await login;
    const fixture = TestBed.createComponent(SecurityPage);
    fixture.detectChanges();
    http.expectOne('/api/auth/mfa').flush({ ...STATUS, ...status });
    http
      .expectOne('/api/practice/security')
      .flush({ mfaRequiredForPractitioners: false, demo: false, ...practice });
    await settle();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    return {
      root,
      el: (id: string) =>
        root.querySelector<HTMLElement>(`[data-testid="${id}"]`),
      fixture,
    };
  }

  afterEach(() => http.verify());

  it('says the demo practice does not require two-step sign-in', async () => {
    const { el } = await open({ demoExempt: true });
    expect(el('mfa-demo')?.textContent).toContain(
      'Demopraktijk: tweestapsverificatie is hier niet verplicht.',
    );
    expect(el('mfa-state')?.textContent).toContain('Uit');
  });

  it('offers no way to turn off two-step sign-in when it is required', async () => {
    const { el } = await open({
      enabled: true,
      required: true,
      enabledAt: '2026-11-13T09:00:00Z',
      recoveryCodesLeft: 8,
    });
    expect(el('mfa-state')?.textContent).toContain('Aan sinds 13-11-2026.');
    expect(el('mfa-disable')).toBeNull();
  });

  it('lets the owner require two-step sign-in for practitioners', async () => {
    const { el, fixture } = await open({});
    const toggle = el('practice-mfa-toggle')?.querySelector('button');
    toggle?.click();
    const request = http.expectOne('/api/practice/security');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ mfaRequiredForPractitioners: true });
    request.flush({ mfaRequiredForPractitioners: true, demo: false });
    await settle();
    await fixture.whenStable();
    expect(el('security-notice')?.textContent).toContain(
      'Tweestapsverificatie is nu verplicht voor behandelaars.',
    );
  });

  it('shows practitioners no practice setting and no practice export', async () => {
    const { el } = await open({}, {}, 'practitioner');
    expect(el('practice-mfa-toggle')).toBeNull();
    expect(el('practice-export')).toBeNull();
  });

  it('offers the owner the whole practice as a download, with care advice', async () => {
    const { el, root } = await open({});
    const link = el('practice-export');
    expect(link?.getAttribute('href')).toBe('/api/practice/export');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(root.textContent).toContain('Praktijkexport downloaden');
    expect(root.textContent).toContain('Bewaar het versleuteld');
  });
});
