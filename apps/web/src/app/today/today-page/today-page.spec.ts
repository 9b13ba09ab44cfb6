import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { HomeView, PractitionerRole } from '@herstelkompas/contracts';
import { buildUser, settle } from '../../../testing/build-user';
import { byTestId } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { TodayPage, daypart } from './today-page';

function home(overrides: Partial<HomeView> = {}): HomeView {
  return {
    openRedFlags: [
      {
        clientId: 'c-2',
        displayName: 'Fatima El Amrani',
        count: 1,
        mostUrgent: 'gp_review',
      },
    ],
    intakesToReview: [],
    unsignedNotes: [],
    undeliveredMail: [],
    dueForFollowUp: [],
    noImprovement: [
      { clientId: 'c-3', displayName: 'Kees Jansen', focusDomains: ['sleep'] },
    ],
    followUpWeeks: 6,
    practice: null,
    ...overrides,
  };
}

describe('daypart', () => {
  it.each([
    [8, 'morning'],
    [12, 'afternoon'],
    [18, 'evening'],
  ])('greets at %i h with good %s', (hour, part) => {
    expect(daypart(hour)).toBe(part);
  });
});

describe('TodayPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url = '/vandaag', role: PractitionerRole = 'owner') {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'vandaag', component: TodayPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser({ role }));
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, TodayPage);
  }

  async function stable(): Promise<void> {
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  afterEach(() => http.verify());

  it('shows each section with its count, or a calm line when empty', async () => {
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(home());
    await stable();

    expect(byTestId('today-red-flags-count')?.textContent?.trim()).toBe('1');
    expect(byTestId('today-red-flags')?.textContent).toContain(
      'Overleg met de huisarts',
    );
    expect(byTestId('today-intakes')?.textContent).toContain(
      'Geen nieuwe ingevulde intakes.',
    );
    expect(byTestId('today-no-improvement')?.textContent).toContain(
      'Overweeg een andere aanpak of een verwijzing',
    );
    expect(byTestId('today-no-improvement')?.textContent).toContain('Slaap');
    expect(byTestId('today-practice')).toBeNull();
  });

  it('reads the follow-up weeks from the URL', async () => {
    await open('/vandaag?followUpWeeks=12');
    http.expectOne('/api/home?followUpWeeks=12').flush(home());
    await stable();
    expect(byTestId('today-follow-up')?.textContent).toContain(
      'in de afgelopen 12 weken',
    );
  });

  it('gives the owner the practice at a glance', async () => {
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(
      home({
        practice: {
          byStatus: {
            intake_pending: 2,
            active: 7,
            paused: 1,
            completed: 1,
            archived: 1,
          },
          focusDomainCounts: {
            stress: 1,
            breathing: 2,
            movement: 0,
            nutrition: 0,
            sleep: 1,
            immune: 0,
          },
        },
      }),
    );
    await stable();
    const practice = byTestId('today-practice')?.textContent ?? '';
    expect(practice).toContain('Wacht op intake');
    expect(practice).toContain('Ademhaling');
    expect(
      byTestId('practice-focus')?.querySelectorAll('hk-score-bar'),
    ).toHaveLength(6);
  });
});
