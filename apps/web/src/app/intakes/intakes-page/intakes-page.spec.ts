import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { InvitationListItem } from '@herstelkompas/contracts';
import { buildInvitation } from '../../../testing/assessment';
import { settle } from '../../../testing/build-user';
import { allByTestId, byTestId } from '../../../testing/dom';
import { IntakesPage } from './intakes-page';

function item(
  id: string,
  name: string,
  overrides: Partial<InvitationListItem> = {},
): InvitationListItem {
  return {
    ...buildInvitation({ id, clientId: `c-${id}` }),
    client: { id: `c-${id}`, displayName: name, sortName: name },
    responsiblePractitioner: { id: 'p-1', displayName: 'Sanne de Vries' },
    ...overrides,
  };
}

describe('IntakesPage', () => {
  let http: HttpTestingController;

  async function open(items: InvitationListItem[]) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(IntakesPage);
    await fixture.whenStable();
    http.expectOne('/api/intake-invitations').flush(items);
    await settle();
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('lists open links with the overdue ones first, marked in words', async () => {
    await open([
      item('1', 'José Müller', { createdAt: '2026-11-24T10:00:00Z' }),
      item('2', 'Noor Bakker', {
        overdue: true,
        createdAt: '2026-11-10T10:00:00Z',
      }),
    ]);
    const rows = allByTestId('intake-row').map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Noor Bakker');
    expect(rows[0]).toContain('Te lang open');
    expect(rows[0]).toContain('Sanne de Vries');
    expect(rows[1]).toContain('José Müller');
    expect(rows[1]).not.toContain('Te lang open');
    expect(byTestId('intakes-count')?.textContent).toContain(
      '2 openstaande intakes',
    );
  });

  it('revokes a link, which then leaves the list', async () => {
    const fixture = await open([item('1', 'José Müller')]);
    byTestId('intake-revoke')?.click();
    http
      .expectOne('/api/intake-invitations/1/revoke')
      .flush(buildInvitation({ id: '1', status: 'revoked' }));
    await settle();
    await fixture.whenStable();
    expect(allByTestId('intake-row')).toHaveLength(0);
    expect(byTestId('intakes-empty')).not.toBeNull();
  });

  it('says what to do when nothing is open', async () => {
    await open([]);
    expect(byTestId('intakes-empty')?.textContent).toContain(
      'Geen openstaande intakes',
    );
  });
});
