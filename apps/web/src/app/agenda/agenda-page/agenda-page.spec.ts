import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PractitionerRole, TeamMember } from '@herstelkompas/contracts';
import { buildAppointment } from '../../../testing/build-appointment';
import { buildUser, settle } from '../../../testing/build-user';
import { byTestId } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { AgendaPage } from './agenda-page';

const member = (id: string, displayName: string): TeamMember => ({
  id,
  email: `${id}@praktijk.nl`,
  displayName,
  role: 'practitioner',
  profession: null,
  registration: null,
  language: 'nl',
  active: true,
  invitationPending: false,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('AgendaPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, role: PractitionerRole) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'agenda', component: AgendaPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser({ role }));
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, AgendaPage);
    await settle();
    http
      .match('/api/calendar-feed')
      .forEach((r) => r.flush({ active: false, createdAt: null }));
  }

  async function stable(): Promise<void> {
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  afterEach(() => http.verify());

  it("shows a practitioner's day with its appointments, in Dutch", async () => {
    await open('/agenda?weergave=dag&datum=2026-12-07', 'practitioner');
    http
      .expectOne(
        '/api/appointments?from=2026-12-07&to=2026-12-07&practitionerId=p-1',
      )
      .flush([
        buildAppointment({ location: 'Praktijk, kamer 2' }),
        buildAppointment({
          id: 'a-2',
          start: '2026-12-07T13:00:00.000Z',
          status: 'cancelled',
        }),
      ]);
    await stable();

    expect(byTestId('agenda-period')?.textContent?.trim()).toBe(
      'maandag 7 december',
    );
    const day = byTestId('agenda-day-2026-12-07')?.textContent ?? '';
    expect(day).toContain('10:00–10:45');
    expect(day).toContain('Anna de Vries');
    expect(day).toContain('Coachingsessie');
    expect(day).toContain('Praktijk, kamer 2');
    expect(day).toContain('Geannuleerd');
    expect(document.body.textContent).toContain('1 afspraak');
    expect(byTestId('agenda-whose')).toBeNull();
  });

  it("lets the owner pick the whole practice's week, kept in the URL", async () => {
    await open('/agenda?datum=2026-12-09', 'owner');
    http
      .expectOne('/api/practitioners')
      .flush([member('p-1', 'Sanne de Vries'), member('p-2', 'Thomas Bakker')]);
    http
      .expectOne(
        '/api/appointments?from=2026-12-07&to=2026-12-13&practitionerId=p-1',
      )
      .flush([]);
    await stable();

    const select = byTestId<HTMLSelectElement>('agenda-whose');
    expect(select?.selectedOptions[0]?.textContent?.trim()).toBe(
      'Sanne de Vries (jij)',
    );
    expect(byTestId('agenda-period')?.textContent).toContain(
      'Week van maandag 7 december t/m zondag 13 december',
    );
    if (!select) return;
    select.value = 'practice';
    select.dispatchEvent(new Event('change'));
    await stable();
    http
      .expectOne('/api/appointments?from=2026-12-07&to=2026-12-13')
      .flush([buildAppointment({ start: '2026-12-09T08:00:00.000Z' })]);
    await stable();
    expect(TestBed.inject(Router).url).toBe(
      '/agenda?datum=2026-12-09&agenda=praktijk',
    );
    expect(byTestId('agenda-day-2026-12-09')?.textContent).toContain(
      'Sanne de Vries',
    );
  });
});
