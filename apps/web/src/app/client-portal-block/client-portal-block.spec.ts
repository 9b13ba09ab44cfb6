import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ClientPortalSummary } from '@herstelkompas/contracts';
import { settle } from '../../testing/build-user';
import { byTestId } from '../../testing/dom';
import { ClientPortalBlock } from './client-portal-block';

describe('ClientPortalBlock', () => {
  const setup = async (summary: ClientPortalSummary) => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ClientPortalBlock);
    fixture.componentRef.setInput('clientId', 'c-1');
    fixture.detectChanges();
    http.expectOne('/api/clients/c-1/portal').flush(summary);
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  };

  it('says how far the client is: active, last visit, which lessons, unread messages with the way to them', async () => {
    const fixture = await setup({
      status: 'active',
      invitedAt: '2026-11-20T09:00:00Z',
      lastVisitAt: '2026-11-25T13:45:00Z',
      lessons: {
        total: 6,
        read: [
          {
            id: 'pain-alarm',
            title: { nl: 'Pijn is een alarm', en: 'Pain is an alarm' },
            readAt: '2026-11-24T10:00:00Z',
          },
        ],
      },
      unreadMessages: 2,
      messagingEnabled: true,
    });
    expect(byTestId('client-portal-status')?.textContent).toContain(
      'Actief in het portaal',
    );
    expect(byTestId('client-portal-last-visit')?.textContent).toContain(
      '25-11-2026 om 14:45',
    );
    expect(byTestId('client-portal-lessons')?.textContent).toContain(
      '1 van 6 lessen gelezen',
    );
    expect(fixture.nativeElement.textContent).toContain('Pijn is een alarm');
    expect(byTestId('client-portal-unread')?.textContent).toContain(
      '2 ongelezen berichten',
    );
    expect(byTestId('client-portal-open-messages')?.getAttribute('href')).toBe(
      '/clienten/c-1/berichten',
    );
  });

  it('an invited client who never signed in reads as such, without lessons or messages', async () => {
    await setup({
      status: 'invited',
      invitedAt: '2026-11-20T09:00:00Z',
      lastVisitAt: null,
      lessons: { total: 6, read: [] },
      unreadMessages: 0,
      messagingEnabled: true,
    });
    expect(byTestId('client-portal-status')?.textContent).toContain(
      'Uitgenodigd op 20-11-2026, nog nooit ingelogd',
    );
    expect(byTestId('client-portal-last-visit')).toBeNull();
  });
});
