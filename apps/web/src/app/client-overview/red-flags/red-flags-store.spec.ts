import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buildReview } from '../../../testing/assessment';
import { RedFlagsStore } from './red-flags-store';

describe('RedFlagsStore', () => {
  let store: RedFlagsStore;
  let http: HttpTestingController;

  const gp = buildReview({ id: 'rf-gp' });
  const urgent = buildReview({
    id: 'rf-urgent',
    flag: { ...gp.flag, condition: 'cauda_equina', urgency: 'urgent_same_day' },
  });
  const done = buildReview({
    id: 'rf-done',
    acknowledged: {
      at: '2026-11-23T09:00:00Z',
      by: { id: 'p-1', displayName: 'Sanne de Vries' },
      action: 'gp_called',
      note: null,
    },
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        RedFlagsStore,
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    store = TestBed.inject(RedFlagsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function load(): Promise<void> {
    const loading = store.load('c-1');
    http.expectOne('/api/clients/c-1/red-flags').flush([gp, done, urgent]);
    await loading;
  }

  it('lists open flags most urgent first, apart from the handled ones', async () => {
    await load();
    expect(store.open().map((r) => r.id)).toEqual(['rf-urgent', 'rf-gp']);
    expect(store.handled().map((r) => r.id)).toEqual(['rf-done']);
  });

  it('records what was done and moves the flag to the handled ones', async () => {
    await load();
    const acknowledging = store.acknowledge('rf-gp', {
      action: 'no_action_needed',
      note: 'al bekend bij de huisarts',
    });
    const request = http.expectOne('/api/red-flags/rf-gp/acknowledge');
    expect(request.request.body).toEqual({
      action: 'no_action_needed',
      note: 'al bekend bij de huisarts',
    });
    request.flush({
      ...gp,
      acknowledged: { ...done.acknowledged, action: 'no_action_needed' },
    });
    await acknowledging;
    expect(store.open().map((r) => r.id)).toEqual(['rf-urgent']);
    expect(store.handled()).toHaveLength(2);
    expect(store.acknowledgements()).toBe(1);
  });

  it('keeps the flag open and rejects when the API refuses', async () => {
    await load();
    const acknowledging = store.acknowledge('rf-gp', { action: 'gp_called' });
    http
      .expectOne('/api/red-flags/rf-gp/acknowledge')
      .flush({ message: 'Nee.' }, { status: 400, statusText: 'x' });
    await expect(acknowledging).rejects.toBeTruthy();
    expect(store.open()).toHaveLength(2);
    expect(store.acknowledgements()).toBe(0);
  });
});
