import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buildInvitation } from '../../testing/assessment';
import { ClientIntakeStore } from './client-intake-store';

describe('ClientIntakeStore', () => {
  let store: ClientIntakeStore;
  let http: HttpTestingController;

  const older = buildInvitation({
    id: 'inv-old',
    status: 'submitted',
    createdAt: '2026-09-01T10:00:00Z',
    expiresAt: '2026-09-15T10:00:00Z',
  });
  const open = buildInvitation({
    id: 'inv-open',
    variant: 'follow_up',
    status: 'opened',
    locked: true,
    createdAt: '2026-11-01T10:00:00Z',
    expiresAt: '2026-12-01T10:00:00Z',
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        ClientIntakeStore,
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    store = TestBed.inject(ClientIntakeStore);
    http = TestBed.inject(HttpTestingController);
    const loading = store.load('c-1');
    http.expectOne('/api/clients/c-1/intake-invitations').flush([older, open]);
    await loading;
  });

  afterEach(() => http.verify());

  it('lists the invitations newest first and knows which are open', () => {
    expect(store.invitations().map((i) => i.id)).toEqual([
      'inv-open',
      'inv-old',
    ]);
    expect(store.open().map((i) => i.id)).toEqual(['inv-open']);
  });

  it('creates a link and lists it without the link itself', async () => {
    const creating = store.create('c-1', {
      variant: 'baseline',
      expiresInDays: 7,
    });
    const request = http.expectOne('/api/clients/c-1/intake-invitations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      variant: 'baseline',
      expiresInDays: 7,
    });
    request.flush({
      ...buildInvitation({ id: 'inv-new', createdAt: '2026-11-25T10:00:00Z' }),
      url: 'https://praktijk.nl/intake/geheim',
    });
    await expect(creating).resolves.toMatchObject({
      url: 'https://praktijk.nl/intake/geheim',
    });
    expect(store.invitations()[0]?.id).toBe('inv-new');
    expect(JSON.stringify(store.invitations())).not.toContain('geheim');
  });

  it('revokes a link', async () => {
    const revoking = store.revoke('inv-open');
    const request = http.expectOne('/api/intake-invitations/inv-open/revoke');
    expect(request.request.method).toBe('POST');
    request.flush({ ...open, status: 'revoked' });
    await revoking;
    expect(store.open()).toEqual([]);
  });

  it('sends again: revokes the old link, then makes one of the same kind and validity', async () => {
    const resending = store.resend(open);
    http
      .expectOne('/api/intake-invitations/inv-open/revoke')
      .flush({ ...open, status: 'revoked' });
    await Promise.resolve();
    await Promise.resolve();
    const create = http.expectOne('/api/clients/c-1/intake-invitations');
    expect(create.request.body).toEqual({
      variant: 'follow_up',
      expiresInDays: 30,
    });
    create.flush({
      ...buildInvitation({
        id: 'inv-again',
        variant: 'follow_up',
        createdAt: '2026-11-25T10:00:00Z',
      }),
      url: 'https://praktijk.nl/intake/nieuw',
    });
    await expect(resending).resolves.toMatchObject({ id: 'inv-again' });
    expect(store.invitations().map((i) => [i.id, i.status])).toEqual([
      ['inv-again', 'sent'],
      ['inv-open', 'revoked'],
      ['inv-old', 'submitted'],
    ]);
  });

  it('sends an expired link again without revoking it first', async () => {
    const expired = { ...open, status: 'expired' as const };
    const resending = store.resend(expired);
    http
      .expectOne('/api/clients/c-1/intake-invitations')
      .flush({ ...buildInvitation({ id: 'inv-again' }), url: 'u' });
    await resending;
    http.expectNone('/api/intake-invitations/inv-open/revoke');
  });
});
