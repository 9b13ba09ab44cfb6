import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { IntakeOpenState } from '@herstelkompas/contracts';
import { HERSTELKOMPAS_INTAKE_V1 } from '@herstelkompas/domain';
import { IntakeAutosave } from '../app/intake/intake-autosave';
import { IntakeStore } from '../app/intake/intake-store';

/** A verified, open intake as the API sends it; override what a test is about. */
export function buildIntakeState(
  overrides: Partial<IntakeOpenState> = {},
): IntakeOpenState {
  return {
    status: 'open',
    variant: 'baseline',
    language: 'nl',
    practiceName: 'Praktijk De Linde',
    practitionerName: 'Sanne de Vries',
    clientFirstName: 'José',
    expiresAt: '2026-12-09T12:00:00.000Z',
    consent: {
      given: true,
      privacyStatementVersion: '2026-11',
      currentVersion: '2026-11',
      legalBasis: 'care_provider',
      privacyStatementUrl: null,
    },
    instrument: HERSTELKOMPAS_INTAKE_V1,
    answers: {},
    step: null,
    savedAt: null,
    ...overrides,
  };
}

/**
 * Lets promise chains (HttpClient -> firstValueFrom -> store) run. Only
 * microtasks, so it works with jest's fake timers too.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

export const INTAKE_TOKEN = 'k3y-0f-the-l1nk-9d8c7b6a';
export const INTAKE_URL = `/api/intake/${INTAKE_TOKEN}`;

/**
 * An IntakeStore against HttpTestingController, with fake timers for the
 * autosave. Call in beforeEach; `done()` in afterEach.
 */
export function setUpIntakeStore() {
  localStorage.clear();
  jest.useFakeTimers();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      IntakeStore,
      IntakeAutosave,
    ],
  });
  const store = TestBed.inject(IntakeStore);
  const http = TestBed.inject(HttpTestingController);

  async function fail(request: TestRequest, status: number, body: object) {
    request.flush(
      { statusCode: status, error: 'x', message: 'x', ...body },
      { status, statusText: 'x' },
    );
    await settle();
  }

  return {
    store,
    http,
    fail,
    async open(overrides: Partial<IntakeOpenState> = {}): Promise<void> {
      store.init(INTAKE_TOKEN);
      http.expectOne(INTAKE_URL).flush(buildIntakeState(overrides));
      await settle();
    },
    drafts(): TestRequest[] {
      return http.match(
        (r) => r.method === 'PUT' && r.url === `${INTAKE_URL}/draft`,
      );
    },
    async answerDraft(request: TestRequest | undefined): Promise<void> {
      request?.flush({ savedAt: new Date().toISOString() });
      await settle();
    },
    done(): void {
      http.verify();
      jest.useRealTimers();
      jest.restoreAllMocks();
    },
  };
}
