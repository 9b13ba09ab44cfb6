import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Outbox } from '@herstelkompas/contracts';
import { settle } from '../../../testing/build-user';
import { allByTestId, byTestId } from '../../../testing/dom';
import { OutboxPage } from './outbox-page';

describe('OutboxPage', () => {
  const outbox: Outbox = {
    smtpConfigured: false,
    messages: [
      {
        id: 'm-1',
        kind: 'intake_invitation',
        status: 'unsent',
        recipient: 'jan@example.nl',
        attempts: 1,
        nextAttemptAt: null,
        error: null,
        sentAt: null,
        createdAt: '2026-11-25T10:00:00Z',
        subject: 'Je intake voor Praktijk De Linde',
        text: 'Hallo Jan,\n\nIntake openen: http://localhost:3000/intake/abc',
        attachmentName: null,
      },
      {
        id: 'm-2',
        kind: 'password_reset',
        status: 'retrying',
        recipient: 'thomas@example.nl',
        attempts: 2,
        nextAttemptAt: '2026-11-25T13:45:00Z',
        error: '451 4.3.0 Try again later',
        sentAt: null,
        createdAt: '2026-11-25T12:00:00Z',
        subject: 'Nieuw wachtwoord voor Herstelkompas',
        text: 'Hallo Thomas,\n\nNieuw wachtwoord kiezen: [link verborgen]',
        attachmentName: null,
      },
    ],
  };

  it('shows every mail with what became of it, and says plainly that nothing is sent without SMTP', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OutboxPage);
    http.expectOne('/api/practice/outbox').flush(outbox);
    http.expectOne('/api/practice/mail-settings').flush({
      intakeReminderDays: 3,
      appointmentReminderHours: 24,
      messagingEnabled: true,
      checkInRedFlags: false,
    });
    await settle();
    await fixture.whenStable();
    expect(byTestId('outbox-no-smtp')?.textContent).toContain(
      'wordt niet verzonden: geen SMTP ingesteld',
    );
    const statuses = allByTestId('outbox-status').map((s) =>
      s.textContent?.trim(),
    );
    expect(statuses).toEqual([
      'Wordt niet verzonden: geen SMTP ingesteld',
      'Verzending mislukt, nieuwe poging om 14:45',
    ]);
    expect(allByTestId('outbox-body')[0]?.textContent).toContain(
      'http://localhost:3000/intake/abc',
    );
    http.verify();
  });
});
