import { computed, signal } from '@angular/core';
import {
  type AnswerValidation,
  type AnswerValue,
  type Answers,
  type InstrumentDefinition,
  validateAnswers,
} from '@herstelkompas/domain';
import {
  applyAnswer,
  clearDisabledAnswers,
  knownAnswers,
} from './answer-rules';
import {
  type ItemMessage,
  firstStepWithError,
  itemErrorsFromValidation,
} from './intake-errors';

/**
 * The questionnaire as the client fills it in: the answers, the step on
 * screen and a message per question. No HTTP: the store decides what is
 * sent and when.
 */
export class IntakeAnswers {
  readonly instrument = signal<InstrumentDefinition | null>(null);
  readonly answers = signal<Answers>({});
  readonly stepIndex = signal(0);
  readonly itemErrors = signal<Readonly<Record<string, ItemMessage>>>({});

  readonly steps = computed(() => this.instrument()?.steps ?? []);
  readonly step = computed(() => this.steps()[this.stepIndex()] ?? null);
  readonly isLastStep = computed(
    () => this.stepIndex() >= this.steps().length - 1,
  );

  /**
   * Starts from a saved draft. Answers to unknown or hidden questions are
   * dropped (the API would refuse them). False when the step is unknown.
   */
  start(
    instrument: InstrumentDefinition,
    answers: Answers,
    stepId: string | null,
  ): boolean {
    this.instrument.set(instrument);
    this.answers.set(
      clearDisabledAnswers(instrument, knownAnswers(instrument, answers))
        .answers,
    );
    this.itemErrors.set({});
    const index = instrument.steps.findIndex((step) => step.id === stepId);
    this.stepIndex.set(Math.max(0, index));
    return index >= 0;
  }

  /** Sets one answer; follow-ups that no longer apply are cleared with it. */
  set(itemId: string, value: AnswerValue | null): void {
    const instrument = this.instrument();
    if (!instrument) return;
    const result = applyAnswer(instrument, this.answers(), itemId, value);
    this.answers.set(result.answers);
    this.dropErrors([itemId, ...result.cleared]);
  }

  /** To the next step; false when this was the last one. */
  next(): boolean {
    if (this.isLastStep()) return false;
    this.stepIndex.update((index) => index + 1);
    return true;
  }

  /** To the previous step; false when this was the first one. */
  back(): boolean {
    if (this.stepIndex() === 0) return false;
    this.stepIndex.update((index) => index - 1);
    return true;
  }

  /** The same check the API makes on submit (libs/domain). */
  validate(): AnswerValidation | null {
    const instrument = this.instrument();
    return instrument ? validateAnswers(instrument, this.answers()) : null;
  }

  /**
   * Checks the step on screen by the rules of the whole intake (libs/domain):
   * a required question left empty is pointed out here, not only at
   * sending. Returns the ids of the questions that still need something.
   */
  checkStep(): string[] {
    const step = this.step();
    const check = this.validate();
    if (!step || !check) return [];
    const onStep = new Set(step.itemIds);
    const byItem = itemErrorsFromValidation(
      check.errors.filter((error) => onStep.has(error.itemId)),
    );
    this.addErrors(byItem);
    return step.itemIds.filter((id) => id in byItem);
  }

  addErrors(byItem: Record<string, ItemMessage>): void {
    this.itemErrors.update((errors) => ({ ...errors, ...byItem }));
  }

  /** Shows the messages and opens the first step with one; false if none. */
  showErrors(byItem: Record<string, ItemMessage>): boolean {
    const instrument = this.instrument();
    this.itemErrors.set(byItem);
    const index = instrument
      ? firstStepWithError(instrument, Object.keys(byItem))
      : -1;
    if (index >= 0) this.stepIndex.set(index);
    return index >= 0;
  }

  private dropErrors(itemIds: readonly string[]): void {
    const errors = this.itemErrors();
    if (!itemIds.some((id) => id in errors)) return;
    const next = { ...errors };
    for (const id of itemIds) delete next[id];
    this.itemErrors.set(next);
  }
}
