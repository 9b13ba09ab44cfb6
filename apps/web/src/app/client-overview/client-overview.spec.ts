import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RankingEntry } from '@herstelkompas/domain';
import { buildAssessment } from '../../testing/assessment';
import { buildClient } from '../../testing/build-client';
import { settle } from '../../testing/build-user';
import { allByTestId, byTestId } from '../../testing/dom';
import { ClientIntakeStore } from '../client-intake/client-intake-store';
import { ClientPageStore } from '../clients/client-page-store';
import { ClientOverview } from './client-overview';
import { RedFlagsStore } from './red-flags/red-flags-store';

const entry = (
  domain: RankingEntry['domain'],
  rank: number,
  extra: Partial<RankingEntry> = {},
): RankingEntry => ({
  domain,
  score: 50,
  rank,
  reason: { nl: `reden ${domain}`, en: `reason ${domain}` },
  tiedWith: [],
  closeCall: false,
  insufficient: false,
  ...extra,
});

describe('ClientOverview', () => {
  let http: HttpTestingController;

  async function open(latestScores: Record<string, number> | null) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        ClientPageStore,
        ClientIntakeStore,
        RedFlagsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const clients = TestBed.inject(ClientPageStore);
    const loading = clients.load('c-1');
    http.expectOne('/api/clients/c-1').flush(buildClient({ latestScores }));
    await loading;
    const fixture = TestBed.createComponent(ClientOverview);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => {
    // The appointments card, the follow-up block, the check-in trends and
    // the portal block load their own data; their own specs cover it.
    http.match(
      (request) =>
        request.url === '/api/appointments' ||
        request.url.endsWith('/follow-up-schedule') ||
        request.url.endsWith('/check-ins') ||
        request.url.endsWith('/portal'),
    );
    http.verify();
  });

  it('offers the next step when there is no intake yet', async () => {
    const fixture = await open(null);
    http.expectOne('/api/clients/c-1/intake-invitations').flush([]);
    await fixture.whenStable();

    expect(document.body.textContent).toContain('Nog geen intake ingevuld');
    expect(byTestId('intake-send-empty')).not.toBeNull();
    expect(byTestId('radar')).toBeNull();
    expect(document.body.textContent).toContain('Nog geen intake verstuurd');
  });

  it('shows radar, ranking, six domain cards, pain and the course', async () => {
    const fixture = await open({ stress: 30 });
    http.expectOne('/api/clients/c-1/intake-invitations').flush([]);
    http.expectOne('/api/clients/c-1/assessments').flush({
      items: [
        buildAssessment(
          {
            stress: 30,
            breathing: 30,
            sleep: 29.2,
            movement: 24,
            nutrition: 28,
            immune: null,
          },
          { id: 'a-2' },
        ),
        buildAssessment(
          {
            stress: 80,
            breathing: 60,
            sleep: 79.2,
            movement: 59,
            nutrition: 40,
            immune: 40,
          },
          {
            id: 'a-1',
            variant: 'baseline',
            submittedAt: '2026-09-02T14:00:00Z',
          },
        ),
      ],
    });
    http.expectOne('/api/clients/c-1/priority').flush({
      computed: {
        assessmentId: 'a-2',
        assessedAt: '2026-11-18T14:00:00Z',
        algorithmVersion: 'intake-v1.0',
        ranking: [
          entry('stress', 1, { tiedWith: ['breathing'], closeCall: true }),
          entry('breathing', 2, { tiedWith: ['stress'], closeCall: true }),
          entry('sleep', 3, { closeCall: true }),
          entry('nutrition', 4),
          entry('movement', 5),
          entry('immune', 6, { score: null, insufficient: true }),
        ],
        focus: ['stress', 'breathing'],
        pendingMedicalClearance: true,
      },
      decision: null,
      history: [],
    });
    await settle();
    await fixture.whenStable();

    expect(byTestId('radar')?.querySelector('svg[role="img"]')).not.toBeNull();
    const cards = allByTestId('domain-card');
    expect(cards.map((c) => c.getAttribute('data-domain'))).toEqual([
      'stress',
      'breathing',
      'movement',
      'nutrition',
      'sleep',
      'immune',
    ]);
    expect(cards[0]?.textContent).toContain('opvallende verandering');

    const ranking = byTestId('ranking')?.textContent ?? '';
    expect(ranking).toContain('gelijk aan ademhaling');
    expect(ranking).toContain('nipt verschil');
    expect(ranking).toContain('niet te beoordelen');
    expect(ranking).toContain('In afwachting van medische beoordeling');
    expect(ranking).toContain('Berekend voorstel');
    // A domain without a score is never numbered, in the ranking nor its card.
    const places = Array.from(
      byTestId('ranking')?.querySelectorAll('.rank') ?? [],
      (el) => el.textContent?.trim(),
    );
    expect(places).toEqual(['1', '2', '3', '4', '5', '–']);
    expect(ranking).toContain('Geen plek: niet te beoordelen');
    expect(ranking).not.toContain('Plek 6');
    expect(cards[5]?.textContent).not.toContain('Plek 6');

    expect(byTestId('pain')?.textContent).toContain(
      'Aanwijzingen voor neuroplastische pijn (geen diagnose)',
    );
    expect(document.querySelectorAll('hk-trend-chart')).toHaveLength(7);
  });
});
