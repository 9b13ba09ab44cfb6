import { LiveAnnouncer } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import type { PriorityDecisionRecord } from '@herstelkompas/contracts';
import {
  DOMAIN_IDS,
  type DomainId,
  type RankingInput,
  rankDomains,
} from '@herstelkompas/domain';
import { buildClient } from '../../../testing/build-client';
import { settle } from '../../../testing/build-user';
import { byTestId, typeInto } from '../../../testing/dom';
import { ClientPageStore } from '../../clients/client-page-store';
import { PriorityBoard } from './priority-board';

const SCORES: Record<DomainId, number | null> = {
  stress: 60,
  breathing: 60,
  movement: 40,
  nutrition: 30,
  sleep: 70,
  immune: null,
};

function computedPriority() {
  const ranking = rankDomains(
    Object.fromEntries(
      DOMAIN_IDS.map((d) => [
        d,
        SCORES[d] === null
          ? { score: null, highItems: 0, maxItem: 0, answered: 1, total: 6 }
          : {
              score: SCORES[d],
              highItems: 0,
              maxItem: 5,
              answered: 6,
              total: 6,
            },
      ]),
    ) as Record<DomainId, RankingInput>,
    { openRedFlags: [{ urgency: 'gp_review' }] },
  );
  return {
    assessmentId: 'a-1',
    assessedAt: '2026-11-18T14:00:00Z',
    algorithmVersion: ranking.algorithmVersion,
    ranking: [...ranking.entries],
    focus: [...ranking.focus],
    pendingMedicalClearance: ranking.pendingMedicalClearance,
  };
}

describe('PriorityBoard', () => {
  let fixture: ComponentFixture<PriorityBoard>;
  let http: HttpTestingController;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
  }

  function order(): string[] {
    return Array.from(
      document.querySelectorAll<HTMLElement>('[data-testid^="priority-item-"]'),
      (el) => el.dataset['testid']?.replace('priority-item-', '') ?? '',
    );
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: ClientPageStore,
          useValue: { client: signal(buildClient()) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PriorityBoard);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();
    http.expectOne('/api/clients/c-1/priority').flush({
      computed: computedPriority(),
      decision: null,
      history: [],
    });
    await stable();
  });

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('shows the computed ranking with its notes in words', () => {
    const computed = byTestId('priority-computed')?.textContent ?? '';
    expect(computed).toContain('gelijk met ademhaling');
    expect(computed).toContain('nipt verschil — jouw oordeel telt');
    expect(computed).toContain('onvoldoende gegevens');
    expect(byTestId('priority-pending')?.textContent).toContain(
      'In afwachting van medische beoordeling',
    );
    expect(order().at(-1)).toBe('immune');
    // Too few answers: no place number, on either side of the board.
    const places = Array.from(
      byTestId('priority-computed')?.querySelectorAll('.place') ?? [],
      (el) => el.textContent?.trim(),
    );
    expect(places).toEqual(['1', '2', '3', '4', '5', '–']);
    expect(computed).toContain('Geen plek: niet te beoordelen');
    expect(byTestId('priority-item-immune')?.textContent).toContain(
      'berekend: geen plek',
    );
  });

  it('moves a domain by keyboard, keeps the focus on it and says where it is', async () => {
    const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce');
    const button = byTestId<HTMLButtonElement>('move-down-sleep');
    button?.focus();
    button?.click();
    await stable();

    expect(order().slice(0, 2)).toEqual(['stress', 'sleep']);
    expect(document.activeElement?.getAttribute('data-testid')).toBe(
      'move-down-sleep',
    );
    expect(announce).toHaveBeenCalledWith('Slaap staat nu op plaats 2 van 6.');
    expect(byTestId('priority-differs')).not.toBeNull();
    expect(byTestId('reason-text-error')?.textContent?.trim()).toBe(
      'Licht kort toe waarom je afwijkt van de berekende volgorde of focus.',
    );
  });

  it('moves the focus to the other arrow at the top of the list', async () => {
    byTestId<HTMLButtonElement>('move-up-stress')?.click();
    await stable();
    expect(order()[0]).toBe('stress');
    expect(document.activeElement?.getAttribute('data-testid')).toBe(
      'move-down-stress',
    );
  });

  it('records the decision and shows it first in the history', async () => {
    byTestId<HTMLButtonElement>('move-down-sleep')?.click();
    await stable();
    const code = byTestId<HTMLSelectElement>('reason-code');
    if (code) {
      code.value = 'CLIENT_PREFERENCE';
      code.dispatchEvent(new Event('change'));
    }
    typeInto('reason-text', 'De cliënt wil met stress beginnen.');
    await stable();
    byTestId('priority-save')?.click();
    await stable();

    const request = http.expectOne('/api/clients/c-1/priority-decisions');
    expect(request.request.body.reasonCode).toBe('CLIENT_PREFERENCE');
    const record: PriorityDecisionRecord = {
      id: 'd-1',
      assessmentId: 'a-1',
      algorithmVersion: 'x',
      computedRanking: [],
      order: request.request.body.order,
      focusDomains: request.request.body.focusDomains,
      reasonCode: 'CLIENT_PREFERENCE',
      reasonText: 'De cliënt wil met stress beginnen.',
      differsFromComputed: true,
      decidedBy: { id: 'p-1', displayName: 'Sanne de Vries' },
      decidedAt: '2026-11-25T10:05:00Z',
      supersedesId: null,
    };
    request.flush(record);
    await stable();

    const history = byTestId('priority-history')?.textContent ?? '';
    expect(history).toContain('25-11-2026 11:05 door Sanne de Vries');
    expect(history).toContain('afwijkend van berekend');
    expect(history).toContain('Voorkeur van de cliënt');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
    // The form comes back as saved: saving it again would store a copy.
    expect(byTestId<HTMLButtonElement>('priority-save')?.disabled).toBe(true);
    expect(byTestId('priority-unchanged')?.textContent).toContain(
      'Dit is het huidige besluit',
    );
  });

  it('lets the practitioner save a first decision that follows the computed order', () => {
    expect(byTestId<HTMLButtonElement>('priority-save')?.disabled).toBe(false);
    expect(byTestId('priority-unchanged')).toBeNull();
  });
});
