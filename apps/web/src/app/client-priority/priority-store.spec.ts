import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  ComputedPriority,
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import {
  DOMAIN_IDS,
  type DomainId,
  type RankingInput,
  rankDomains,
} from '@herstelkompas/domain';
import { settle } from '../../testing/intake';
import { PriorityStore } from './priority-store';

const URL = '/api/clients/c-1/priority';
const DECIDE = '/api/clients/c-1/priority-decisions';

/** Scores that rank sleep, stress, breathing, movement, nutrition, immune. */
const SCORES: Record<DomainId, number> = {
  stress: 60,
  breathing: 50,
  movement: 40,
  nutrition: 30,
  sleep: 70,
  immune: 20,
};

function buildComputed(): ComputedPriority {
  const ranking = rankDomains(
    Object.fromEntries(
      DOMAIN_IDS.map((d) => [
        d,
        { score: SCORES[d], highItems: 0, maxItem: 5, answered: 6, total: 6 },
      ]),
    ) as Record<DomainId, RankingInput>,
  );
  return {
    assessmentId: 'a-2',
    assessedAt: '2026-11-18T14:00:00Z',
    algorithmVersion: ranking.algorithmVersion,
    ranking: [...ranking.entries],
    focus: [...ranking.focus],
    pendingMedicalClearance: false,
  };
}

function buildRecord(
  overrides: Partial<PriorityDecisionRecord> = {},
): PriorityDecisionRecord {
  const computed = buildComputed();
  return {
    id: 'd-1',
    assessmentId: 'a-2',
    algorithmVersion: computed.algorithmVersion,
    computedRanking: computed.ranking,
    order: computed.ranking.map((e) => e.domain),
    focusDomains: ['sleep'],
    reasonCode: 'CLINICAL_JUDGEMENT',
    reasonText: null,
    differsFromComputed: true,
    decidedBy: { id: 'p-1', displayName: 'Sanne de Vries' },
    decidedAt: '2026-11-20T10:00:00Z',
    supersedesId: null,
    ...overrides,
  };
}

describe('PriorityStore', () => {
  let store: PriorityStore;
  let http: HttpTestingController;

  async function open(view: Partial<PriorityView> = {}): Promise<void> {
    const loading = store.load('c-1');
    http.expectOne(URL).flush({
      computed: buildComputed(),
      decision: null,
      history: [],
      ...view,
    });
    await loading;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PriorityStore,
      ],
    });
    store = TestBed.inject(PriorityStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts from the computed order and focus when nothing was decided yet', async () => {
    await open();
    expect(store.draft().order).toEqual([
      'sleep',
      'stress',
      'breathing',
      'movement',
      'nutrition',
      'immune',
    ]);
    expect(store.draft().focus).toEqual(['sleep', 'stress']);
    expect(store.differs()).toBe(false);
    expect(store.dirty()).toBe(false);
  });

  it('starts from the latest decision when it was made on this assessment', async () => {
    const decision = buildRecord({ reasonText: 'Slaap eerst.' });
    await open({ decision, history: [decision] });
    expect(store.draft()).toEqual({
      order: decision.order,
      focus: ['sleep'],
      reasonCode: 'CLINICAL_JUDGEMENT',
      reasonText: 'Slaap eerst.',
    });
    expect(store.currentDecisionId()).toBe('d-1');
    expect(store.olderDecision()).toBeNull();
  });

  it('has nothing to save while the current decision stands unchanged, and sends no copy', async () => {
    const decision = buildRecord({ reasonText: 'Slaap eerst.' });
    await open({ decision, history: [decision] });
    expect(store.unchanged()).toBe(true);
    expect(await store.save()).toBe(false);
    http.expectNone(DECIDE);
    store.setReasonText('Slaap eerst, dan stress.');
    expect(store.unchanged()).toBe(false);
    store.setReasonText('Slaap eerst.');
    expect(store.unchanged()).toBe(true);
  });

  it('can save a first decision that follows the computed order as it stands', async () => {
    await open();
    expect(store.dirty()).toBe(false);
    expect(store.unchanged()).toBe(false);
  });

  it('starts from the new computation when the last decision is older', async () => {
    const decision = buildRecord({
      assessmentId: 'a-1',
      order: [...DOMAIN_IDS],
    });
    await open({ decision, history: [decision] });
    expect(store.draft().order[0]).toBe('sleep');
    expect(store.olderDecision()?.id).toBe('d-1');
  });

  it('has nothing to choose before the first assessment', async () => {
    await open({ computed: null });
    expect(store.computedPriority()).toBeNull();
    expect(store.status()).toBe('ready');
  });

  it('moves a domain up and down by keyboard, never past the ends', async () => {
    await open();
    expect(store.moveDown('sleep')).toBe(1);
    expect(store.draft().order.slice(0, 2)).toEqual(['stress', 'sleep']);
    expect(store.moveUp('breathing')).toBe(1);
    expect(store.draft().order.slice(0, 3)).toEqual([
      'stress',
      'breathing',
      'sleep',
    ]);
    expect(store.moveUp('stress')).toBe(0);
    expect(store.moveDown('immune')).toBe(5);
    expect(store.draft().order[0]).toBe('stress');
    expect(store.draft().order[5]).toBe('immune');
    expect(store.dirty()).toBe(true);
    expect(store.differs()).toBe(true);
  });

  it('moves a dragged domain from one index to another', async () => {
    await open();
    expect(store.move(5, 0)).toBe(0);
    expect(store.draft().order).toEqual([
      'immune',
      'sleep',
      'stress',
      'breathing',
      'movement',
      'nutrition',
    ]);
  });

  it('allows one to three focus domains and refuses a fourth', async () => {
    await open();
    expect(store.toggleFocus('breathing')).toBe(true);
    expect(store.focusFull()).toBe(true);
    expect(store.toggleFocus('movement')).toBe(false);
    expect(store.draft().focus).toEqual(['sleep', 'stress', 'breathing']);

    store.toggleFocus('sleep');
    store.toggleFocus('stress');
    store.toggleFocus('breathing');
    expect(store.draft().focus).toEqual([]);
    expect(store.fieldErrors().focusDomains).toBe(
      'Kies minstens één focusdomein.',
    );
  });

  it('asks for a reason as soon as the order differs, in libs/domain words', async () => {
    await open();
    expect(store.fieldErrors().reasonText).toBeUndefined();
    store.moveDown('sleep');
    expect(store.fieldErrors().reasonText).toBe(
      'Licht kort toe waarom je afwijkt van de berekende volgorde of focus.',
    );
    store.setReasonText('De cliënt wil met stress beginnen.');
    expect(store.fieldErrors().reasonText).toBeUndefined();
  });

  it('asks for a reason when only the focus differs', async () => {
    await open();
    store.toggleFocus('stress');
    expect(store.differs()).toBe(true);
    expect(store.fieldErrors().reasonText).toBeDefined();
  });

  it('does not send an invalid decision, and then shows every message', async () => {
    await open();
    store.moveDown('sleep');
    await expect(store.save()).resolves.toBe(false);
    http.expectNone(DECIDE);
    expect(store.fieldErrors()).toEqual({
      reasonCode: 'Kies een reden.',
      reasonText:
        'Licht kort toe waarom je afwijkt van de berekende volgorde of focus.',
    });
  });

  it('records the order, the focus in list order, the reason code and text', async () => {
    await open();
    store.moveDown('sleep');
    store.toggleFocus('breathing');
    store.setReasonCode('CLIENT_PREFERENCE');
    store.setReasonText('Stress eerst, op verzoek van de cliënt.');
    const saving = store.save();

    const request = http.expectOne(DECIDE);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      order: [
        'stress',
        'sleep',
        'breathing',
        'movement',
        'nutrition',
        'immune',
      ],
      focusDomains: ['stress', 'sleep', 'breathing'],
      reasonCode: 'CLIENT_PREFERENCE',
      reasonText: 'Stress eerst, op verzoek van de cliënt.',
    });
    const record = buildRecord({ id: 'd-9' });
    request.flush(record, { status: 201, statusText: 'Created' });
    await expect(saving).resolves.toBe(true);
    expect(store.history()[0]?.id).toBe('d-9');
    expect(store.currentDecisionId()).toBe('d-9');
    expect(store.dirty()).toBe(false);
  });

  it('sends a blank reason as null when accepting the computed priority', async () => {
    await open();
    store.setReasonCode('CLINICAL_JUDGEMENT');
    store.setReasonText('   ');
    const saving = store.save();
    const request = http.expectOne(DECIDE);
    expect(request.request.body.reasonText).toBeNull();
    request.flush(buildRecord());
    await saving;
  });

  it('puts the API field messages at their fields and keeps the choice', async () => {
    await open();
    store.setReasonCode('OTHER');
    const saving = store.save();
    http.expectOne(DECIDE).flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'Niet alle velden zijn goed ingevuld.',
        details: [
          { field: 'reasonText', code: 'required', message: 'Van de server.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(saving).resolves.toBe(false);
    expect(store.fieldErrors().reasonText).toBe('Van de server.');
    expect(store.saveError()).toBe('Niet alle velden zijn goed ingevuld.');
    expect(store.draft().reasonCode).toBe('OTHER');
  });

  it('goes back to the computed order and focus in one step, keeping the reason', async () => {
    await open();
    store.moveDown('sleep');
    store.move(5, 0);
    store.toggleFocus('sleep');
    store.setReasonText('Toch anders.');
    store.reset();
    expect(store.draft().order).toEqual(
      buildComputed().ranking.map((e) => e.domain),
    );
    expect(store.draft().focus).toEqual(['sleep', 'stress']);
    expect(store.draft().reasonText).toBe('Toch anders.');
    expect(store.differs()).toBe(false);
  });

  it('says what went wrong when the priority cannot be loaded', async () => {
    const loading = store.load('c-1');
    http.expectOne(URL).flush(null, { status: 0, statusText: 'Unknown' });
    await loading;
    await settle();
    expect(store.status()).toBe('error');
    expect(store.loadError()).toContain('niet bereikbaar');
  });
});
