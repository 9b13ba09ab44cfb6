import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PracticeProfile } from '@herstelkompas/contracts';
import { buildUser, settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { PracticePage } from './practice-page';

const PROFILE: PracticeProfile = {
  name: 'Praktijk De Linde',
  address: { street: 'Lindelaan 4', postalCode: '3511 AB', city: 'Utrecht' },
  phone: '030 123 45 67',
  email: 'info@delinde.nl',
  website: 'https://delinde.nl',
  kvk: '12345678',
  agb: null,
  reportClosing: null,
  privacyStatementUrl: null,
  logo: { width: 300, height: 100, updatedAt: '2026-12-01T10:00:00.000Z' },
};

describe('PracticePage', () => {
  let http: HttpTestingController;

  async function open(role: 'owner' | 'practitioner') {
    localStorage.clear();
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
    http
      .expectOne('/api/auth/login')
      .flush(buildUser({ role, profession: 'Oefentherapeut' }));
    await login;
    const fixture = TestBed.createComponent(PracticePage);
    fixture.detectChanges();
    http.expectOne('/api/practice/profile').flush(PROFILE);
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => http.verify());

  it('lets the owner edit, shows the logo, and puts the API field messages under their fields', async () => {
    const fixture = await open('owner');
    expect(byTestId<HTMLInputElement>('practice-name')?.value).toBe(
      'Praktijk De Linde',
    );
    expect(byTestId<HTMLImageElement>('practice-logo')?.src).toContain(
      '/api/practice/logo?v=2026-12-01T10%3A00%3A00.000Z',
    );
    expect(byTestId('practice-read-only')).toBeNull();
    typeInto('practice-kvk', '87654321');
    byTestId('practice-save')?.click();
    const request = http.expectOne('/api/practice/profile');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.kvk).toBe('87654321');
    request.flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'Niet alle velden zijn goed ingevuld.',
        details: [
          {
            field: 'address.postalCode',
            code: 'invalid_postal_code',
            message: 'Vul een postcode in als 1234 AB.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    expect(byTestId('field-error-postalCode')?.textContent).toContain(
      'Vul een postcode in als 1234 AB.',
    );
  });

  it('shows a wrong postal code while typing, before anything is sent', async () => {
    const fixture = await open('owner');
    typeInto('practice-postalCode', '123');
    byTestId('practice-save')?.click();
    fixture.detectChanges();
    http.expectNone('/api/practice/profile');
    expect(byTestId('field-error-postalCode')?.textContent).toContain(
      '1234 AB',
    );
  });

  it('refuses an SVG logo before uploading it', async () => {
    const fixture = await open('owner');
    const input = byTestId<HTMLInputElement>('practice-logo-input');
    const svg = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
    Object.defineProperty(input, 'files', { value: [svg] });
    input?.dispatchEvent(new Event('change'));
    await settle();
    fixture.detectChanges();
    http.expectNone('/api/practice/logo');
    expect(byTestId('practice-logo-error')?.textContent).toContain(
      'PNG- of JPEG',
    );
  });

  it('uploads a PNG with its own type and shows the new logo', async () => {
    const fixture = await open('owner');
    const input = byTestId<HTMLInputElement>('practice-logo-input');
    const png = new File([new Uint8Array([0x89, 0x50])], 'logo.png', {
      type: 'image/png',
    });
    Object.defineProperty(input, 'files', { value: [png] });
    input?.dispatchEvent(new Event('change'));
    const request = http.expectOne('/api/practice/logo');
    expect(request.request.method).toBe('PUT');
    expect(request.request.headers.get('Content-Type')).toBe('image/png');
    request.flush({
      ...PROFILE,
      logo: { width: 600, height: 200, updatedAt: '2026-12-02T09:00:00.000Z' },
    });
    await settle();
    fixture.detectChanges();
    expect(byTestId<HTMLImageElement>('practice-logo')?.src).toContain(
      '2026-12-02',
    );
  });

  it('is read-only for a practitioner, who still edits their own signature', async () => {
    const fixture = await open('practitioner');
    expect(byTestId('practice-read-only')).not.toBeNull();
    expect(byTestId<HTMLInputElement>('practice-name')?.disabled).toBe(true);
    expect(byTestId('practice-save')).toBeNull();
    expect(byTestId('practice-logo-input')).toBeNull();
    expect(byTestId<HTMLInputElement>('signature-profession')?.value).toBe(
      'Oefentherapeut',
    );
    typeInto('signature-registration', 'BIG 12345678');
    byTestId('signature-save')?.click();
    const request = http.expectOne('/api/auth/me/preferences');
    expect(request.request.body).toEqual({
      profession: 'Oefentherapeut',
      registration: 'BIG 12345678',
    });
    request.flush(buildUser({ role: 'practitioner' }));
    await settle();
    http.expectOne('/api/auth/me').flush(buildUser({ role: 'practitioner' }));
    await settle();
    fixture.detectChanges();
  });
});
