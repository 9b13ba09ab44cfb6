import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PriorityView } from '@herstelkompas/contracts';
import type { RankingEntry } from '@herstelkompas/domain';
import { buildAssessment } from '../../testing/assessment';
import { buildClient } from '../../testing/build-client';
import { OverviewStore } from './overview-store';

const entry = (domain: RankingEntry['domain'], rank: number): RankingEntry => ({
  domain,
  score: 50,
  rank,
  reason: { nl: 'reden', en: 'reason' },
  tiedWith: [],
  closeCall: false,
  insufficient: false,
});

describe('OverviewStore', () => {
  let store: OverviewStore;
  let http: HttpTestingController;

  const baseline = buildAssessment(
    { stress: 80, sleep: 79.2 },
    { id: 'a-0', variant: 'baseline', submittedAt: '2026-09-02T14:00:00Z' },
  );
  const middle = buildAssessment(
    { stress: 50, sleep: 50 },
    { id: 'a-1', submittedAt: '2026-10-14T14:00:00Z' },
  );
  const latest = buildAssessment(
    { stress: 30, sleep: 29.2 },
    {
      id: 'a-2',
      ranking: [entry('sleep', 1), entry('stress', 2)],
      suggestedFocus: ['sleep'],
      pendingMedicalClearance: true,
    },
  );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        OverviewStore,
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    store = TestBed.inject(OverviewStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function load(priority: PriorityView | 'fail'): Promise<void> {
    const loading = store.load('c-1');
    http
      .expectOne('/api/clients/c-1/assessments')
      .flush({ items: [latest, middle, baseline] });
    const request = http.expectOne('/api/clients/c-1/priority');
    if (priority === 'fail') {
      request.flush({}, { status: 500, statusText: 'x' });
    } else {
      request.flush(priority);
    }
    await loading;
  }

  it('loads the assessments and compares the latest with the first intake', async () => {
    expect(store.status()).toBe('idle');
    await load({ computed: null, decision: null, history: [] });

    expect(store.status()).toBe('ready');
    expect(store.latest()?.id).toBe('a-2');
    expect(store.compareWith()?.id).toBe('a-0');
    expect(store.comparison()?.domains.stress).toMatchObject({
      delta: -50,
      direction: 'improved',
      notable: true,
    });
    expect(store.trend().domains.stress.map((p) => p.value)).toEqual([
      80, 50, 30,
    ]);
  });

  it('compares with any earlier assessment on request', async () => {
    await load({ computed: null, decision: null, history: [] });
    store.compareTo('a-1');
    expect(store.compareWith()?.id).toBe('a-1');
    expect(store.comparison()?.domains.sleep).toMatchObject({
      delta: -20.8,
      notable: true,
    });
  });

  it('shows the current computed priority and the decided focus', async () => {
    await load({
      computed: {
        assessmentId: 'a-2',
        assessedAt: latest.submittedAt,
        algorithmVersion: 'intake-v1.0',
        ranking: [entry('stress', 1), entry('sleep', 2)],
        focus: ['stress'],
        pendingMedicalClearance: false,
      },
      decision: {
        id: 'd-1',
        assessmentId: 'a-2',
        algorithmVersion: 'intake-v1.0',
        computedRanking: [],
        order: ['sleep', 'stress'],
        focusDomains: ['sleep', 'breathing'],
        reasonCode: 'CLINICAL_JUDGEMENT',
        reasonText: 'slaap eerst',
        differsFromComputed: true,
        decidedBy: { id: 'p-1', displayName: 'Sanne de Vries' },
        decidedAt: '2026-11-19T10:00:00Z',
        supersedesId: null,
      },
      history: [],
    });
    expect(store.ranking().entries.map((e) => e.domain)).toEqual([
      'stress',
      'sleep',
    ]);
    expect(store.ranking().pendingMedicalClearance).toBe(false);
    expect(store.focus()).toEqual({
      domains: ['sleep', 'breathing'],
      decided: { by: 'Sanne de Vries', at: '2026-11-19T10:00:00Z' },
    });
  });

  it("falls back to the assessment's own ranking when the priority fails", async () => {
    await load('fail');
    expect(store.status()).toBe('ready');
    expect(store.ranking().entries.map((e) => e.domain)).toEqual([
      'sleep',
      'stress',
    ]);
    expect(store.ranking().pendingMedicalClearance).toBe(true);
    expect(store.focus()).toEqual({ domains: ['sleep'], decided: null });
  });

  it('says what went wrong when the assessments cannot be loaded', async () => {
    const loading = store.load('c-1');
    http
      .expectOne('/api/clients/c-1/assessments')
      .flush({ message: 'Geen toegang.' }, { status: 403, statusText: 'x' });
    http.expectOne('/api/clients/c-1/priority').flush({});
    await loading;
    expect(store.status()).toBe('error');
    expect(store.error()).toBe('Geen toegang.');
  });

  it('turns pain focus off with the record version and remembers the answer', async () => {
    const client = buildClient({ version: 3, painFocusOff: false });
    const saving = store.setPainFocusOff(client, true);
    const request = http.expectOne('/api/clients/c-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ version: 3, painFocusOff: true });
    request.flush(buildClient({ version: 4, painFocusOff: true }));
    await saving;
    expect(store.painFocusOf(client)).toEqual({ off: true, version: 4 });
  });
});
