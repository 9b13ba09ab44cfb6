import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { AnswerValue } from '@herstelkompas/domain';
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
import { FocusHeading } from '../ui/focus-heading';
import { SaveState } from '../save-state/save-state';

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
    SaveState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-step.html',
  styleUrl: './intake-step.scss',
})
export class IntakeStep {
  protected readonly store = inject(IntakeStore);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

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

  /** A required question still empty: bring the first one into view, focused. */
  protected next(): void {
    const [first] = this.store.next();
    if (!first) return;
    const item = this.host.querySelector<HTMLElement>(
      `[data-testid="item-${first}"]`,
    );
    item?.scrollIntoView?.({ block: 'center' });
    item?.querySelector<HTMLElement>('button, input, textarea')?.focus({
      preventScroll: true,
    });
  }

  protected answer(itemId: string, value: AnswerValue | null): void {
    this.store.setAnswer(itemId, value);
    if (urgentItemIds(this.store.redFlags()).has(itemId))
      this.lastUrgent.set(itemId);
  }
}
