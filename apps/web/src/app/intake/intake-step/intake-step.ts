import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { AnswerValue } from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { visibleItems } from '../answer-rules';
import { IntakeItem } from '../intake-item/intake-item';
import { IntakeStore } from '../intake-store';
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
    FocusHeading,
    SaveState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-step.html',
  styleUrl: './intake-step.scss',
})
export class IntakeStep {
  protected readonly store = inject(IntakeStore);

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
  /** Focus the heading on every step change, but not on the first screen. */
  protected readonly focusKey = computed(() =>
    this.store.moved() ? this.store.step()?.id : false,
  );

  protected answer(itemId: string, value: AnswerValue | null): void {
    this.store.setAnswer(itemId, value);
  }
}
