import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AccessLogEntry } from '@herstelkompas/contracts';
import { buildMember, pageOf } from '../../testing/build-client';
import { settle } from '../../testing/build-user';
import { allByTestId, byTestId, byText, typeInto } from '../../testing/dom';
import { ClientAccessLog } from './client-access-log';

/** Stands in for the client page around the tab. */
@Component({
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<router-outlet />',
})
class Host {}

function entry(overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id: 'e-1',
    occurredAt: '2026-11-13T13:05:00Z',
    event: 'client.read',
    action: 'R',
    clientId: 'c-1',
    user: { id: 'p-2', displayName: 'Thomas Bakker' },
    onBehalfOf: { id: 'p-1', displayName: 'Sanne de Vries' },
    role: 'practitioner',
    outcome: 'success',
    part: 'profile',
    ip: null,
    userAgent: null,
    details: null,
    ...overrides,
  };
}

describe('ClientAccessLog', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(url: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'clienten/:id',
            component: Host,
            children: [{ path: 'logboek', component: ClientAccessLog }],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
  }

  function logRequest(): TestRequest {
    // The person filter's list, once per page visit.
    for (const team of http.match('/api/practitioners')) {
      team.flush([
        buildMember({ id: 'p-1', displayName: 'Sanne de Vries' }),
        buildMember({ id: 'p-2', displayName: 'Thomas Bakker' }),
      ]);
    }
    return http.expectOne((r) => r.url === '/api/clients/c-1/access-log');
  }

  async function answer(request: TestRequest, body: object): Promise<void> {
    request.flush(body);
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  afterEach(() => http.verify());

  it('lists who did what, in words, with the CSV for the same period', async () => {
    await open('/clienten/c-1/logboek?from=2026-11-01&to=2026-11-30');
    const request = logRequest();
    expect(request.request.params.get('from')).toBe('2026-11-01');
    expect(request.request.params.get('to')).toBe('2026-11-30');
    await answer(
      request,
      pageOf([
        entry(),
        entry({
          id: 'e-2',
          event: 'access_log.export',
          action: 'E',
          user: { id: 'p-1', displayName: 'Sanne de Vries' },
          role: 'owner',
          outcome: 'denied',
        }),
        entry({
          id: 'e-3',
          event: 'client.access_denied',
          action: 'R',
          user: null,
          role: null,
          outcome: 'denied',
          part: 'clients/:id',
          details: { method: 'GET', status: 404, actor: 'other_practice' },
        }),
      ]),
    );

    const rows = allByTestId('access-log-row').map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('13-11-2026 14:05');
    expect(rows[0]).toContain('Dossier bekeken');
    expect(rows[0]).toContain('R');
    expect(rows[0]).toContain('Thomas Bakker');
    expect(rows[0]).toContain('Sanne de Vries');
    expect(rows[1]).toContain('Logboek geëxporteerd');
    expect(rows[1]).toContain('Geweigerd');
    expect(rows[2]).toContain('Toegang geweigerd');
    expect(rows[2]).toContain('Iemand van een andere praktijk');
    expect(byTestId<HTMLInputElement>('log-from')?.value).toBe('01-11-2026');
    expect(byTestId('log-csv')?.getAttribute('href')).toBe(
      '/api/clients/c-1/access-log.csv?from=2026-11-01&to=2026-11-30',
    );
  });

  it('writes every event in words and filters by person and action, kept in the URL', async () => {
    await open('/clienten/c-1/logboek');
    await answer(
      logRequest(),
      pageOf([
        entry({ event: 'timeline.read' }),
        entry({ id: 'e-2', event: 'note.addendum', action: 'C' }),
      ]),
    );
    const rows = allByTestId('access-log-row').map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Tijdlijn bekeken');
    expect(rows[1]).toContain('Aanvulling op notitie');
    expect(rows.join()).not.toMatch(/timeline\.read|note\.addendum/);

    const person = byTestId<HTMLSelectElement>('log-person');
    expect(
      Array.from(person?.options ?? []).map((o) => o.textContent?.trim()),
    ).toEqual(['Iedereen', 'Sanne de Vries', 'Thomas Bakker']);
    if (person) {
      person.value = 'p-2';
      person.dispatchEvent(new Event('change'));
    }
    const action = byTestId<HTMLSelectElement>('log-action');
    if (action) {
      action.value = 'C';
      action.dispatchEvent(new Event('change'));
    }
    byTestId('log-apply')?.click();
    await settle();

    expect(TestBed.inject(Router).url).toBe(
      '/clienten/c-1/logboek?wie=p-2&actie=C',
    );
    const request = logRequest();
    expect(request.request.params.get('practitionerId')).toBe('p-2');
    expect(request.request.params.get('action')).toBe('C');
    await answer(request, pageOf([entry({ action: 'C' })]));
    expect(byTestId('log-csv')?.getAttribute('href')).toBe(
      '/api/clients/c-1/access-log.csv?practitionerId=p-2&action=C',
    );
  });

  it('keeps a chosen period in the URL', async () => {
    await open('/clienten/c-1/logboek');
    await answer(logRequest(), pageOf([entry()]));

    typeInto('log-from', '1-11-2026');
    typeInto('log-to', '15-11-2026');
    byText('button', 'Toepassen')?.click();
    await settle();

    expect(TestBed.inject(Router).url).toBe(
      '/clienten/c-1/logboek?from=2026-11-01&to=2026-11-15',
    );
    await answer(logRequest(), pageOf([]));
    expect(document.body.textContent).toContain('Geen regels in deze periode');
  });
});
