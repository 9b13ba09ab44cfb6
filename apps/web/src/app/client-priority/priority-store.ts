import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import {
  type DecisionField,
  type DomainId,
  type ReasonCode,
  differsFromComputed,
  validateDecision,
} from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../core/http/api-error';
import { ClientPageStore } from '../clients/client-page-store';
import { ErrorMessage } from '../core/http/error-message';
import { LoadState } from '../core/http/load-state';
import { I18n } from '../core/i18n/i18n';
import { PriorityApi } from './priority-api';
import {
  MAX_FOCUS,
  type PriorityDraft,
  computedChoice,
  currentDecision,
  initialDraft,
  moveItem,
  sameDraft,
  toDecisionInput,
  toRanking,
} from './priority-draft';

const EMPTY: PriorityDraft = {
  order: [],
  focus: [],
  reasonCode: '',
  reasonText: '',
};

/**
 * The Prioriteiten tab: the computed ranking, the practitioner's draft
 * decision and its history. Validation is libs/domain's `validateDecision`,
 * so the board and the API cannot disagree.
 */
@Injectable()
export class PriorityStore {
  private readonly api = inject(PriorityApi);
  // Provided by the client page; absent when the board is used on its own (tests).
  private readonly clientStore = inject(ClientPageStore, { optional: true });
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  private clientId = '';
  private readonly view = signal<PriorityView | null>(null);
  private readonly baseline = signal<PriorityDraft>(EMPTY);
  private readonly draftState = signal<PriorityDraft>(EMPTY);
  private readonly attempted = signal(false);
  private readonly codeTouched = signal(false);
  private readonly serverErrors = signal<
    Partial<Record<DecisionField, string>>
  >({});

  private readonly loading = new LoadState();

  readonly status = this.loading.status.asReadonly();
  readonly loadError = this.loading.error.asReadonly();
  readonly saving = signal(false);
  readonly saveError = signal<string | null>(null);

  readonly draft = this.draftState.asReadonly();
  readonly computedPriority = computed(() => this.view()?.computed ?? null);
  readonly ranking = computed(() => {
    const priority = this.computedPriority();
    return priority ? toRanking(priority) : null;
  });
  readonly history = computed(() => this.view()?.history ?? []);
  /** The latest decision when it was made on an earlier assessment. */
  readonly olderDecision = computed(() => {
    const view = this.view();
    return view?.decision && !currentDecision(view) ? view.decision : null;
  });
  readonly currentDecisionId = computed(() => {
    const view = this.view();
    return view ? (currentDecision(view)?.id ?? null) : null;
  });

  readonly validation = computed(() => {
    const ranking = this.ranking();
    return ranking
      ? validateDecision(toDecisionInput(this.draftState()), ranking)
      : null;
  });
  readonly differs = computed(() => {
    const ranking = this.ranking();
    return ranking
      ? differsFromComputed(toDecisionInput(this.draftState()), ranking)
      : false;
  });
  readonly dirty = computed(
    () => !sameDraft(this.draftState(), this.baseline()),
  );
  /**
   * The board shows the decision in force, untouched: saving it again would
   * only store a copy, so there is nothing to save.
   */
  readonly unchanged = computed(
    () => this.currentDecisionId() !== null && !this.dirty(),
  );
  readonly focusFull = computed(
    () => this.draftState().focus.length >= MAX_FOCUS,
  );

  /**
   * One message per field, in the user's language, shown where it helps:
   * focus at once, the reason text as soon as the order or focus changes
   * (live), the reason code once touched, everything after a save attempt.
   */
  readonly fieldErrors = computed(() => {
    const language = this.i18n.language();
    const shown: Partial<Record<DecisionField, string>> = {};
    for (const error of this.validation()?.errors ?? []) {
      const visible =
        this.attempted() ||
        error.field === 'focusDomains' ||
        error.field === 'order' ||
        (error.field === 'reasonText' && this.dirty()) ||
        (error.field === 'reasonCode' && this.codeTouched());
      if (visible) shown[error.field] = error.message[language];
    }
    return { ...shown, ...this.serverErrors() };
  });

  async load(clientId: string): Promise<void> {
    this.clientId = clientId;
    await this.loading.run(this.api.get(clientId), (view) => this.accept(view));
  }

  /** Keyboard path: one place up (towards rank 1). Returns the new index. */
  moveUp(domain: DomainId): number {
    const index = this.draftState().order.indexOf(domain);
    return this.move(index, index - 1);
  }

  moveDown(domain: DomainId): number {
    const index = this.draftState().order.indexOf(domain);
    return this.move(index, index + 1);
  }

  /** Drag-and-drop: the item at `from` lands at `to`. Returns the new index. */
  move(from: number, to: number): number {
    const order = this.draftState().order;
    if (from < 0 || to < 0 || to >= order.length || from === to) return from;
    this.update({ order: moveItem(order, from, to) });
    return to;
  }

  /** Toggles a focus domain; refuses a fourth (returns false). */
  toggleFocus(domain: DomainId): boolean {
    const focus = this.draftState().focus;
    if (focus.includes(domain)) {
      this.update({ focus: focus.filter((d) => d !== domain) });
      return true;
    }
    if (focus.length >= MAX_FOCUS) return false;
    this.update({ focus: [...focus, domain] });
    return true;
  }

  setReasonCode(code: ReasonCode | ''): void {
    this.codeTouched.set(true);
    this.update({ reasonCode: code });
  }

  setReasonText(text: string): void {
    this.update({ reasonText: text });
  }

  /** One click back to the computed order and focus; the reason stays. */
  reset(): void {
    const priority = this.computedPriority();
    if (priority) this.update(computedChoice(priority));
  }

  /** Records the decision; true when the API has it. */
  async save(): Promise<boolean> {
    this.attempted.set(true);
    this.saveError.set(null);
    if (!this.validation()?.valid || this.saving() || this.unchanged()) {
      return false;
    }
    const input = toDecisionInput(this.draftState());
    this.saving.set(true);
    try {
      const record = await firstValueFrom(
        this.api.decide(this.clientId, {
          order: [...input.order],
          focusDomains: [...input.focusDomains],
          reasonCode: input.reasonCode,
          reasonText: input.reasonText ?? null,
        }),
      );
      this.recorded(record);
      // The page header shows the focus domains: let it catch up quietly.
      void this.clientStore?.refresh();
      return true;
    } catch (error: unknown) {
      this.failed(error);
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  private recorded(record: PriorityDecisionRecord): void {
    this.view.update(
      (view) =>
        view && {
          ...view,
          decision: record,
          history: [record, ...view.history],
        },
    );
    this.baseline.set(this.draftState());
    this.attempted.set(false);
    this.codeTouched.set(false);
  }

  private failed(error: unknown): void {
    const failure = toApiFailure(error);
    const fields: Partial<Record<DecisionField, string>> = {};
    for (const detail of failure.details) {
      if (isDecisionField(detail.field)) fields[detail.field] = detail.message;
    }
    this.serverErrors.set(fields);
    this.saveError.set(this.errors.describe(failure));
  }

  private accept(view: PriorityView): void {
    this.view.set(view);
    const draft = initialDraft(view) ?? EMPTY;
    this.draftState.set(draft);
    this.baseline.set(draft);
    this.attempted.set(false);
    this.codeTouched.set(false);
    this.serverErrors.set({});
  }

  private update(patch: Partial<PriorityDraft>): void {
    this.draftState.update((draft) => ({ ...draft, ...patch }));
    // A server message describes the draft it saw; a change makes it stale.
    if (Object.keys(this.serverErrors()).length) this.serverErrors.set({});
  }
}

function isDecisionField(field: string): field is DecisionField {
  return ['order', 'focusDomains', 'reasonCode', 'reasonText'].includes(field);
}
