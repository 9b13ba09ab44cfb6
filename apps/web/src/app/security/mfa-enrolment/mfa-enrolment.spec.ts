import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { settle } from '../../../testing/build-user';
import { typeInto } from '../../../testing/dom';
import { MfaEnrolment } from './mfa-enrolment';

describe('MfaEnrolment', () => {
  let http: HttpTestingController;

  function open() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MfaEnrolment);
    fixture.componentRef.setInput('email', 'sanne@praktijk.nl');
    fixture.detectChanges();
    document.body.appendChild(fixture.nativeElement);
    const el = (id: string) =>
      (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
        `[data-testid="${id}"]`,
      );
    return { fixture, el };
  }

  afterEach(() => http.verify());

  it('asks for the password again before it shows a secret', async () => {
    const { fixture, el } = open();
    // Nothing is requested until the password is given.
    http.expectNone('/api/auth/mfa/enrolment');
    expect(el('mfa-qr')).toBeNull();
    expect(el('mfa-password-step')?.textContent).toContain(
      'Bevestig eerst met je wachtwoord',
    );

    typeInto('mfa-current-password', 'niet mijn wachtwoord');
    el('mfa-password-continue')?.click();
    const wrong = http.expectOne('/api/auth/mfa/enrolment');
    expect(wrong.request.body).toEqual({
      currentPassword: 'niet mijn wachtwoord',
    });
    wrong.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: 'Niet alle velden zijn goed ingevuld.',
        details: [
          {
            field: 'currentPassword',
            code: 'wrong_password',
            message: 'Je huidige wachtwoord klopt niet.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain(
      'Je huidige wachtwoord klopt niet.',
    );
    expect(el('mfa-qr')).toBeNull();

    typeInto('mfa-current-password', 'herstel-demo-2026');
    el('mfa-password-continue')?.click();
    http.expectOne('/api/auth/mfa/enrolment').flush({
      otpauthUri: 'otpauth://totp/Herstelkompas:sanne?secret=ABCD',
      qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
      secret: 'ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567',
    });
    await settle();
    fixture.detectChanges();
    expect(el('mfa-qr')).not.toBeNull();
    expect(el('mfa-password-step')).toBeNull();
    fixture.nativeElement.remove();
  });
});
