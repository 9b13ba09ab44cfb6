import { Injectable, computed, inject, signal } from '@angular/core';
import {
  type IntakeOpenState,
  type IntakeState,
  type IntakeSubmitted,
  type IntakeSubmittedState,
  type Language,
  type PracticeContact,
  PRIVACY_STATEMENT_VERSION,
} from '@herstelkompas/contracts';
import {
  type AnswerValue,
  type DomainId,
  type Localized,
  detectRedFlags,
  scoreDomains,
} from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { I18n } from '../core/i18n/i18n';
import type { SaveFailureAction } from './draft-saver';
import { IntakeAnswers } from './intake-answers';
import { IntakeApi } from './intake-api';
import { IntakeAutosave } from './intake-autosave';
import {
  type IntakeMessage,
  type ItemMessage,
  RATE_LIMITED,
  itemErrorsFromDetails,
  itemErrorsFromValidation,
} from './intake-errors';
import {
  type IntakeFailure,
  calmMessage,
  intakeFailure,
  isTransient,
  screenFor,
} from './intake-failure';
import { localIsNewer } from './local-draft';
import { type IntakePhase, IntakeScreens } from './intake-phase';
import {
  type FollowUp,
  followUpOf,
  urgentInstructionsOf,
} from './red-flag-alerts';

/** Places in the address that are not a step of the instrument. */
export const REVIEW_PLACE = 'overzicht';
export const CONSENT_PLACE = 'toestemming';

/**
 * The client's intake by link: which screen shows, the answers, autosave and
 * submit. Provided by the intake page; `init(token)` starts it.
 */
@Injectable()
export class IntakeStore {
  private readonly api = inject(IntakeApi);
  private readonly i18n = inject(I18n);
  private readonly autosave = inject(IntakeAutosave);
  private token = '';
  /** The screen named in the address at opening (a reload), if any. */
  private openAt: string | null = null;

  private readonly screens = new IntakeScreens(this.i18n);
  readonly phase = this.screens.phase;
  readonly moved = this.screens.moved;
  readonly practiceName = signal<string | null>(null);
  /** How to reach the practice, when a link it sent no longer works. */
  readonly contact = signal<PracticeContact | null>(null);
  readonly intake = signal<IntakeOpenState | null>(null);
  /** A sent intake opened again: only a neutral thank-you, and any urgent instruction. */
  readonly sent = signal<IntakeSubmittedState | null>(null);
  private readonly form = new IntakeAnswers();
  readonly instrument = this.form.instrument.asReadonly();
  readonly answers = this.form.answers.asReadonly();
  readonly stepIndex = this.form.stepIndex.asReadonly();
  readonly itemErrors = this.form.itemErrors.asReadonly();
  readonly steps = this.form.steps;
  readonly step = this.form.step;
  /** A calm page-level message: rate limit, no connection, a failed submit. */
  readonly notice = signal<IntakeMessage | null>(null);
  readonly verifyError = signal<IntakeMessage | null>(null);
  readonly busy = signal<'verify' | 'consent' | 'submit' | null>(null);
  readonly result = signal<IntakeSubmitted | null>(null);
  readonly language = this.i18n.language;

  // The API enforces the version (403 consent_required sends us back).
  readonly consented = computed(() => this.intake()?.consent.given ?? false);

  /**
   * The red flags of the answers so far, by libs/domain's own rules: an
   * urgent one is shown the moment it is answered, not only after sending.
   */
  readonly redFlags = computed(() => {
    const definition = this.instrument();
    return definition && !this.sent()
      ? detectRedFlags(definition, this.answers())
      : [];
  });
  /** True from the moment an urgent red flag is answered, also after sending. */
  readonly urgent = computed(
    () =>
      this.sent()?.urgent ||
      (this.result()?.urgentInstructions?.length ?? 0) > 0 ||
      followUpOf(this.redFlags()) === 'urgent',
  );
  /** What to tell the client to do today, one text per symptom cluster. */
  readonly urgentInstructions = computed((): Localized[] => {
    const sent = this.sent();
    if (sent) return sent.urgentInstructions;
    const texts = [
      ...(this.result()?.urgentInstructions ?? []),
      ...urgentInstructionsOf(this.redFlags()),
    ];
    return texts.filter(
      (text, i) => texts.findIndex((other) => other.nl === text.nl) === i,
    );
  });
  readonly followUp = computed((): FollowUp =>
    this.urgent() ? 'urgent' : followUpOf(this.redFlags()),
  );

  /** Domains whose answers are too few to score, by libs/domain's rule. */
  readonly unscoredDomains = computed((): ReadonlySet<DomainId> => {
    const definition = this.instrument();
    if (!definition) return new Set();
    const scores = scoreDomains(definition, this.answers());
    return new Set(
      definition.steps
        .map((step) => step.domain)
        .filter((d): d is DomainId => !!d && scores[d].score === null),
    );
  });
  /** Domain steps whose "skip these?" was asked this visit: asked once. */
  readonly skipAsked = new Set<string>();
  /** Nothing answered yet: no "Opgeslagen" for a form still empty. */
  readonly anyAnswer = computed(() => Object.keys(this.answers()).length > 0);

  readonly saveStatus = this.autosave.status;
  readonly connection = this.autosave.connection;

  init(token: string, openAt: string | null = null): void {
    this.token = token;
    this.openAt = openAt;
    this.autosave.connect({
      token,
      snapshot: () => ({
        answers: this.answers(),
        step: this.step()?.id ?? null,
      }),
      language: () => this.language(),
      onFailure: (failure) => this.saveFailed(failure),
      onSaved: () => {
        if (this.notice() === RATE_LIMITED) this.notice.set(null);
      },
    });
    void this.load();
  }

  async load(): Promise<void> {
    this.screens.go('loading');
    try {
      const state = await firstValueFrom(
        this.api.load(this.token, this.language()),
      );
      // The intake's language shows from its first screen on.
      await this.screens.adoptLanguage(state.language);
      this.open(state);
    } catch (error: unknown) {
      const failure = intakeFailure(error);
      await this.screens.adoptLanguage(failure.gate.language);
      if (!this.routeFailure(failure)) {
        this.notice.set(calmMessage(failure));
        this.screens.go('load_error');
      }
    }
  }

  verify(dateOfBirth: string): Promise<void> {
    this.verifyError.set(null);
    return this.whileBusy(
      'verify',
      async () => {
        const request = { dateOfBirth };
        await firstValueFrom(
          this.api.verify(this.token, request, this.language()),
        );
        await this.load();
      },
      (failure) => {
        if (failure.status !== 401) {
          if (!this.routeFailure(failure)) {
            this.verifyError.set(calmMessage(failure));
          }
          return;
        }
        // The API's message says how many attempts are left.
        const { message } = failure;
        this.verifyError.set(
          message ? { text: message } : { key: 'intake.gate.errors.failed' },
        );
      },
    );
  }

  start(): void {
    this.screens.go(this.consented() ? 'questions' : 'consent');
  }

  acceptConsent(): Promise<void> {
    this.notice.set(null);
    const privacyStatementVersion = PRIVACY_STATEMENT_VERSION;
    return this.whileBusy(
      'consent',
      async () => {
        const request = { privacyStatementVersion };
        await firstValueFrom(
          this.api.consent(this.token, request, this.language()),
        );
        this.setConsent(true);
        this.screens.go('questions');
        // Sends any answers kept on this device and records the step.
        this.autosave.changed(true);
      },
      (failure) => {
        if (!this.routeFailure(failure)) this.notice.set(calmMessage(failure));
      },
    );
  }

  declineConsent(): void {
    this.screens.go('declined');
  }

  backToConsent(): void {
    this.screens.go('consent');
  }

  setAnswer(itemId: string, value: AnswerValue | null): void {
    this.form.set(itemId, value);
    this.autosave.changed();
  }

  /**
   * On to the next step, or the review after the last. Stays when a required
   * question of this step is still empty, and returns those questions.
   */
  next(): string[] {
    const missing = this.form.checkStep();
    if (missing.length > 0) return missing;
    this.navigate(this.form.next() ? 'questions' : 'review');
    return [];
  }

  back(): void {
    if (this.phase() === 'review') this.navigate('questions');
    else this.navigate(this.form.back() ? 'questions' : 'welcome');
  }

  goToStep(index: number): void {
    this.form.stepIndex.set(index);
    this.navigate('questions');
  }

  submit(): Promise<void> {
    // A double click, or a click while sending, sends once.
    const check = this.busy() ? null : this.form.validate();
    if (!check) return Promise.resolve();
    // The same rules as the API (libs/domain), so no round trip is wasted.
    if (!check.valid) {
      this.showErrors(itemErrorsFromValidation(check.errors));
      return Promise.resolve();
    }
    this.notice.set(null);
    this.autosave.stop();
    const request = { answers: this.answers() };
    return this.whileBusy(
      'submit',
      async () => {
        const result = await firstValueFrom(
          this.api.submit(this.token, request, this.language()),
        );
        this.autosave.forgetLocal();
        this.result.set(result);
        this.screens.go('thanks');
      },
      (failure) => this.submitFailed(failure),
    );
  }

  /**
   * The screen as a place in the browser's history: a step's id, the
   * review, the consent or the welcome (null). Undefined for screens that
   * are no place to return to (loading, the check, the thank-you).
   */
  readonly place = computed((): string | null | undefined => {
    switch (this.phase()) {
      case 'welcome':
        return null;
      case 'consent':
        return CONSENT_PLACE;
      case 'review':
        return REVIEW_PLACE;
      case 'questions':
        return this.step()?.id ?? null;
      default:
        return undefined;
    }
  });

  /** The browser went back or forward to a place of this intake. */
  goToPlace(place: string | null): void {
    const phase = this.phase();
    if (!['welcome', 'consent', 'questions', 'review'].includes(phase)) return;
    if (place === this.place()) return;
    if (place === null) return this.screens.go('welcome');
    if (!this.consented()) {
      // No questions before consent, whatever the address says.
      this.screens.go(place === CONSENT_PLACE ? 'consent' : 'welcome');
      return;
    }
    if (place === REVIEW_PLACE) return this.navigate('review');
    const index = this.steps().findIndex((step) => step.id === place);
    if (index >= 0) this.goToStep(index);
    // Consent is given already: back past it is the welcome.
    else if (place === CONSENT_PLACE) this.screens.go('welcome');
  }

  switchLanguage(language: Language): void {
    void this.screens.chooseLanguage(language);
  }

  private open(state: IntakeState): void {
    this.practiceName.set(state.practiceName);
    void this.screens.adoptLanguage(state.language);
    if (state.status === 'submitted') {
      this.autosave.reset(false);
      this.autosave.forgetLocal();
      this.sent.set(state);
      this.screens.go('thanks');
      return;
    }
    this.autosave.reset(state.savedAt !== null);
    this.intake.set(state);
    // The server's draft is the base; a newer copy on this device wins.
    const local = this.autosave.readLocal();
    const useLocal = local !== null && localIsNewer(local, state.savedAt);
    if (local && !useLocal) this.autosave.forgetLocal();
    const draft = useLocal ? local : state;
    // A reload stays on the screen in the address; else where the draft was.
    const named = state.instrument.steps.some((s) => s.id === this.openAt);
    const atStep = this.form.start(
      state.instrument,
      draft.answers,
      named ? this.openAt : draft.step,
    );
    const review = this.openAt === REVIEW_PLACE && atStep;
    this.screens.go(
      !this.consented()
        ? 'welcome'
        : review
          ? 'review'
          : atStep
            ? 'questions'
            : 'welcome',
    );
    if (useLocal && this.consented()) this.autosave.changed(true);
  }

  private saveFailed(failure: IntakeFailure): SaveFailureAction {
    if (failure.status === 400) {
      const { byItem, other } = itemErrorsFromDetails(failure.details);
      this.form.addErrors(byItem);
      const general =
        other[0] ?? (failure.details.length ? null : failure.message);
      if (general) this.notice.set({ text: general });
      return 'wait';
    }
    if (isTransient(failure)) {
      if (failure.status === 429) this.notice.set(RATE_LIMITED);
      return 'retry';
    }
    this.routeFailure(failure);
    return 'stop';
  }

  private submitFailed(failure: IntakeFailure): void {
    const { byItem, other } = itemErrorsFromDetails(failure.details);
    if (failure.status === 400 && Object.keys(byItem).length > 0) {
      this.showErrors(byItem);
    } else if (failure.status === 400 && (other[0] ?? failure.message)) {
      this.notice.set({ text: other[0] ?? failure.message ?? '' });
    } else if (!this.routeFailure(failure)) {
      this.notice.set(
        failure.status === 429 ? RATE_LIMITED : { key: 'intake.review.failed' },
      );
    }
    const phase = this.phase();
    if (phase === 'review' || phase === 'questions') this.autosave.resume();
  }

  private showErrors(byItem: Record<string, ItemMessage>): void {
    if (this.form.showErrors(byItem)) this.screens.go('questions');
  }

  /** Answers every call can get; true when it moved to another screen. */
  private routeFailure(failure: IntakeFailure): boolean {
    const screen = screenFor(failure);
    if (!screen) return false;
    this.autosave.stop();
    if (screen === 'gate') {
      const { practiceName, language } = failure.gate;
      if (practiceName) this.practiceName.set(practiceName);
      void this.screens.adoptLanguage(language);
    } else if (screen === 'consent') {
      this.setConsent(false);
    } else if (screen === 'unavailable') {
      // The link is gone for good: leave no answers behind on this device.
      this.autosave.forgetLocal();
    }
    if (screen === 'unavailable' || screen === 'locked')
      this.contact.set(failure.practice);
    this.screens.go(screen);
    return true;
  }

  /** Leaving a step: the new step is saved at once, for resuming. */
  private navigate(phase: IntakePhase): void {
    // From now on the saved draft knows the step better than the address
    // the page was opened with (a later date-of-birth check reloads).
    this.openAt = null;
    this.moved.set(true);
    this.screens.go(phase);
    this.autosave.changed(true);
  }

  private async whileBusy(
    kind: 'verify' | 'consent' | 'submit',
    work: () => Promise<void>,
    failed: (failure: IntakeFailure) => void,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(kind);
    try {
      await work();
    } catch (error: unknown) {
      failed(intakeFailure(error));
    } finally {
      this.busy.set(null);
    }
  }

  private setConsent(given: boolean): void {
    this.intake.update((s) => s && { ...s, consent: { ...s.consent, given } });
  }
}
