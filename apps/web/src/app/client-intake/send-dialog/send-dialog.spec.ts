import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { CreatedInvitation } from '@herstelkompas/contracts';
import { buildInvitation } from '../../../testing/assessment';
import { buildClient } from '../../../testing/build-client';
import { buildUser, settle } from '../../../testing/build-user';
import { byTestId, waitFor } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { type SendDialogData, openSendDialog } from './send-dialog';

describe('SendDialog', () => {
  const created: CreatedInvitation = {
    ...buildInvitation({ expiresAt: '2026-12-09T14:15:00Z' }),
    url: 'https://praktijk.nl/intake/abc',
  };

  async function open(data: Partial<SendDialogData> = {}) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser());
    await session;
    const create = jest.fn().mockResolvedValue(created);
    openSendDialog(TestBed.inject(MatDialog), {
      client: buildClient(),
      defaultVariant: 'baseline',
      create,
      ...data,
    });
    await waitFor(
      () =>
        byTestId('intake-create') !== null || byTestId('intake-link') !== null,
    );
    await settle();
    return create;
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('makes a link of the chosen kind, then shows it once with copy, QR code and e-mail', async () => {
    const create = await open({ defaultVariant: 'follow_up' });
    expect(
      byTestId('intake-variant-follow_up')?.querySelector('input')?.checked,
    ).toBe(true);

    byTestId('intake-create')?.click();
    await waitFor(() => byTestId('intake-link') !== null);
    expect(create).toHaveBeenCalledWith({
      variant: 'follow_up',
      expiresInDays: 14,
    });
    expect(byTestId('intake-link')?.textContent?.trim()).toBe(created.url);
    expect(byTestId('intake-once')?.textContent).toContain('alleen nu');
    expect(
      byTestId('intake-qr')?.querySelector('svg')?.getAttribute('aria-label'),
    ).toBe('QR-code met de link naar de vragenlijst');
    const mail = decodeURIComponent(
      byTestId('intake-mail')?.getAttribute('href') ?? '',
    );
    expect(mail).toContain('mailto:jan@example.nl?subject=Je vragenlijst');
    expect(mail).toContain('Hoi Jan,');
    expect(mail).toContain('De link werkt tot 09-12-2026');
    expect(mail).toContain('Sanne de Vries\nPraktijk De Linde');

    const copy = jest
      .spyOn(TestBed.inject(Clipboard), 'copy')
      .mockReturnValue(true);
    byTestId('intake-copy')?.click();
    expect(copy).toHaveBeenCalledWith(created.url);
  });

  it('sends by e-mail when chosen, and says where it goes', async () => {
    const create = await open();
    create.mockResolvedValue({
      ...created,
      delivery: {
        id: 'm-1',
        kind: 'intake_invitation',
        status: 'queued',
        recipient: 'jan@example.nl',
        attempts: 0,
        nextAttemptAt: null,
        error: null,
        sentAt: null,
        createdAt: '2026-11-25T10:00:00Z',
      },
    });
    expect(byTestId('intake-send-email')?.textContent).toContain(
      'Per e-mail versturen naar jan@example.nl',
    );
    byTestId('intake-send-email')?.querySelector('input')?.click();
    await settle();
    expect(byTestId('intake-create')?.textContent?.trim()).toBe('Versturen');
    byTestId('intake-create')?.click();
    await waitFor(() => byTestId('intake-link') !== null);
    expect(create).toHaveBeenCalledWith({
      variant: 'baseline',
      expiresInDays: 14,
      send: 'email',
    });
    expect(byTestId('intake-email-queued')?.textContent).toContain(
      'De uitnodiging gaat per e-mail naar jan@example.nl',
    );
  });

  it('writes the e-mail in the language the client prefers', async () => {
    await open({
      client: buildClient({ preferredLanguage: 'en' }),
      created,
    });
    const mail = decodeURIComponent(
      byTestId('intake-mail')?.getAttribute('href') ?? '',
    );
    expect(mail).toContain('Hi Jan,');
    expect(mail).toContain('date of birth');
  });

  it('mentions a link that is still open', async () => {
    await open({ openCount: 1 });
    expect(byTestId('intake-open-note')?.textContent).toContain(
      'Er staat al een link open',
    );
  });
});
