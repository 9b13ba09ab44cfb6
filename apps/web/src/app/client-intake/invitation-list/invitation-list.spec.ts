import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { buildInvitation } from '../../../testing/assessment';
import { buildClient } from '../../../testing/build-client';
import { settle } from '../../../testing/build-user';
import { allByTestId, byTestId, waitFor } from '../../../testing/dom';
import { ClientIntakeStore } from '../client-intake-store';
import { InvitationList } from './invitation-list';

describe('InvitationList', () => {
  let http: HttpTestingController;

  const stuck = buildInvitation({
    id: 'inv-stuck',
    status: 'opened',
    locked: true,
    overdue: true,
    urgentInDraft: true,
    delivery: {
      id: 'm-1',
      kind: 'intake_invitation',
      status: 'retrying',
      recipient: 'jan@example.nl',
      attempts: 2,
      nextAttemptAt: '2026-11-20T13:45:00Z',
      error: '451 4.3.0 Mailbox temporarily unavailable',
      sentAt: null,
      createdAt: '2026-11-20T10:00:00Z',
    },
  });
  const done = buildInvitation({
    id: 'inv-done',
    status: 'submitted',
    createdAt: '2026-09-01T10:00:00Z',
    submittedAt: '2026-09-03T10:00:00Z',
  });

  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ClientIntakeStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(ClientIntakeStore);
    const loading = store.load('c-1');
    http.expectOne('/api/clients/c-1/intake-invitations').flush([done, stuck]);
    await loading;
    const fixture = TestBed.createComponent(InvitationList);
    fixture.componentRef.setInput('client', buildClient());
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  it('says where each link stands, marking locked and overdue ones in words', async () => {
    await render();
    const rows = allByTestId('invitation-row').map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Geopend');
    expect(rows[0]).toContain(
      'Geblokkeerd na te veel pogingen — stuur een nieuwe link',
    );
    expect(rows[0]).toContain('Te lang open');
    expect(rows[0]).toContain(
      'Dringend: in het nog niet verstuurde concept staat een antwoord',
    );
    // The mail: failed for now, with the time of the next attempt (Amsterdam).
    expect(byTestId('invitation-delivery')?.textContent?.trim()).toBe(
      'Verzending mislukt, nieuwe poging om 14:45',
    );
    expect(rows[1]).toContain('Ingevuld');
    expect(rows[1]).not.toContain('Dringend');
    expect(rows[1]).toContain('ingevuld op 03-09-2026');
    // Only the open link can be revoked or sent again.
    expect(allByTestId('intake-revoke')).toHaveLength(1);
    expect(allByTestId('intake-resend')).toHaveLength(1);
  });

  it('revokes with one click', async () => {
    const fixture = await render();
    byTestId('intake-revoke')?.click();
    http
      .expectOne('/api/intake-invitations/inv-stuck/revoke')
      .flush({ ...stuck, status: 'revoked' });
    await settle();
    await fixture.whenStable();
    expect(allByTestId('intake-revoke')).toHaveLength(0);
    expect(allByTestId('invitation-row')[0]?.textContent).toContain(
      'Ingetrokken',
    );
  });

  it('sends again with one click and shows the new link once', async () => {
    const fixture = await render();
    byTestId('intake-resend')?.click();
    http
      .expectOne('/api/intake-invitations/inv-stuck/revoke')
      .flush({ ...stuck, status: 'revoked' });
    await settle();
    const again = http.expectOne('/api/clients/c-1/intake-invitations');
    // It was mailed, so it is mailed again.
    expect(again.request.body).toMatchObject({
      variant: stuck.variant,
      send: 'email',
    });
    again.flush({
      ...buildInvitation({ id: 'inv-new', createdAt: '2026-11-25T10:00:00Z' }),
      url: 'https://praktijk.nl/intake/nieuw',
    });
    await waitFor(() => byTestId('intake-link') !== null);
    await fixture.whenStable();
    expect(byTestId('intake-link')?.textContent?.trim()).toBe(
      'https://praktijk.nl/intake/nieuw',
    );
    expect(byTestId('intake-qr')?.querySelector('path')).not.toBeNull();
    expect(
      decodeURIComponent(byTestId('intake-mail')?.getAttribute('href') ?? ''),
    ).toContain('Hoi Jan,');
  });

  it('sends a copied link again as a link, and a mailed one as a link when the address is gone', async () => {
    const copied = buildInvitation({ id: 'inv-link', status: 'sent' });
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ClientIntakeStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(ClientIntakeStore);
    const loading = store.load('c-1');
    http.expectOne('/api/clients/c-1/intake-invitations').flush([copied]);
    await loading;
    const resending = store.resend(copied, { clientHasEmail: true });
    http.expectOne('/api/intake-invitations/inv-link/revoke').flush({
      ...copied,
      status: 'revoked',
    });
    await settle();
    const first = http.expectOne('/api/clients/c-1/intake-invitations');
    expect(first.request.body.send).toBeUndefined();
    first.flush({ ...buildInvitation({ id: 'inv-2' }), url: 'https://x/1' });
    await resending;
    const mailed = { ...stuck, status: 'expired' as const };
    const again = store.resend(mailed, { clientHasEmail: false });
    await settle();
    const second = http.expectOne('/api/clients/c-1/intake-invitations');
    expect(second.request.body.send).toBeUndefined();
    second.flush({ ...buildInvitation({ id: 'inv-3' }), url: 'https://x/2' });
    await again;
  });
});
