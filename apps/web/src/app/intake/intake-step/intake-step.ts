import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  type AnswerValue,
  DOMAIN_LIST,
  type InstrumentItem,
} from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { stepProgress, visibleItems } from '../answer-rules';
import { IntakeItem } from '../intake-item/intake-item';
import { IntakeStore } from '../intake-store';
import { IntakeUrgent } from '../intake-urgent/intake-urgent';
import { urgentItemIds } from '../red-flag-alerts';
import { IntakeNotice } from '../ui/intake-notice';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';
import { SaveStatusLabel } from '../../ui/save-status/save-status';
import { intakeSaveText } from '../intake-save-text';

/** One step of the instrument: a question group on its own screen. */
@Component({
  selector: 'hk-intake-step',
  imports: [
    MatButton,
    TranslatePipe,
    Alert,
    DomainChip,
    Icon,
    IntakeItem,
    IntakeNotice,
    IntakeUrgent,
    FocusHeading,
    SaveStatusLabel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-step.html',
  styleUrl: './intake-step.scss',
})
export class IntakeStep {
  protected readonly saveText = intakeSaveText;
  protected readonly store = inject(IntakeStore);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly total = computed(() => this.store.steps().length);
  protected readonly current = computed(() => this.store.stepIndex() + 1);
  protected readonly percent = computed(() =>
    Math.round((this.current() / Math.max(1, this.total())) * 100),
  );
  protected readonly last = computed(() => this.current() >= this.total());
  protected readonly items = computed(() => {
    const definition = this.store.instrument();
    const step = this.store.step();
    return definition && step
      ? visibleItems(definition, step, this.store.answers())
      : [];
  });
  protected readonly errorCount = computed(() => {
    const errors = this.store.itemErrors();
    return this.items().filter((item) => errors[item.id] !== undefined).length;
  });
  /** The urgent question answered last on this screen, this visit. */
  private readonly lastUrgent = signal<string | null>(null);
  /**
   * The question an urgent instruction stands under: the one just answered,
   * else the first urgent one on this screen (a reopened draft). Null when
   * the urgency comes from another screen: then it stands at the top.
   */
  protected readonly urgentAnchor = computed(() => {
    const urgent = urgentItemIds(this.store.redFlags());
    const shown = this.items().filter((item) => urgent.has(item.id));
    const last = this.lastUrgent();
    return (shown.find((item) => item.id === last) ?? shown[0])?.id ?? null;
  });
  protected readonly announceUrgent = computed(
    () =>
      this.urgentAnchor() !== null && this.urgentAnchor() === this.lastUrgent(),
  );
  /**
   * One calm line on the screen after the red-flag questions, only when all
   * were answered and none (nor any other flag) is positive (domain.md 3).
   */
  protected readonly reassure = computed(() => {
    const definition = this.store.instrument();
    const previous = this.store.steps()[this.store.stepIndex() - 1];
    if (!definition || previous?.kind !== 'red_flags') return false;
    const progress = stepProgress(definition, previous, this.store.answers());
    return progress.missingRequired === 0 && this.store.redFlags().length === 0;
  });
  /** Focus the heading on every step change, but not on the first screen. */
  protected readonly focusKey = computed(() =>
    this.store.moved() ? this.store.step()?.id : false,
  );

  /** The step whose "skip these questions?" is open. */
  private readonly askingFor = signal<string | null>(null);
  protected readonly askingSkip = computed(
    () =>
      this.askingFor() !== null && this.askingFor() === this.store.step()?.id,
  );
  /** The domain of this step in words, for "skip these?". */
  protected readonly domainName = computed(() => {
    const domain = this.store.step()?.domain;
    const name = DOMAIN_LIST.find((d) => d.id === domain)?.name;
    return name ? name[this.store.language()].toLowerCase() : '';
  });

  /**
   * Average pain above worst pain: probably a slip. A gentle question under
   * the later of the two; it never blocks.
   */
  protected readonly painCheck = computed(() => {
    const items = this.items();
    const answers = this.store.answers();
    const find = (measure: InstrumentItem['measure']) =>
      items.find((item) => item.measure === measure);
    const average = find('nprs_average');
    const worst = find('nprs_worst');
    if (!average || !worst) return null;
    const a = answers[average.id];
    const w = answers[worst.id];
    if (typeof a !== 'number' || typeof w !== 'number' || a <= w) return null;
    const later =
      items.indexOf(average) > items.indexOf(worst) ? average : worst;
    return { after: later.id, average: a, worst: w };
  });

  /**
   * On: first the required questions of this step; then, once per step, a
   * domain with too few answers to score asks whether to skip it.
   */
  protected next(): void {
    const step = this.store.step();
    const unscored =
      step?.domain !== undefined &&
      this.store.unscoredDomains().has(step.domain);
    if (step && unscored && !this.store.skipAsked.has(step.id)) {
      this.store.skipAsked.add(step.id);
      this.askingFor.set(step.id);
      afterNextRender(
        () => {
          // The whole question with its two answers in view, above the
          // sticky buttons; the focus on the question, for screen readers.
          this.host
            .querySelector<HTMLElement>('.skip')
            ?.scrollIntoView?.({ block: 'nearest' });
          this.host
            .querySelector<HTMLElement>('#skip-question')
            ?.focus({ preventScroll: true });
        },
        { injector: this.injector },
      );
      return;
    }
    this.skip();
  }

  /** On without (more) answers here. */
  protected skip(): void {
    this.askingFor.set(null);
    const [first] = this.store.next();
    if (first) this.focusItem(first);
  }

  /** Back to the questions of this step. */
  protected fillIn(): void {
    this.askingFor.set(null);
    const first = this.items()[0];
    if (first) this.focusItem(first.id);
  }

  private focusItem(itemId: string): void {
    const item = this.host.querySelector<HTMLElement>(
      `[data-testid="item-${itemId}"]`,
    );
    item?.scrollIntoView?.({ block: 'center' });
    item
      ?.querySelector<HTMLElement>('button, input, textarea')
      ?.focus({ preventScroll: true });
  }

  protected answer(itemId: string, value: AnswerValue | null): void {
    this.store.setAnswer(itemId, value);
    if (urgentItemIds(this.store.redFlags()).has(itemId))
      this.lastUrgent.set(itemId);
  }
}
