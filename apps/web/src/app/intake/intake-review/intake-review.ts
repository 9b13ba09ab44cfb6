import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { DOMAIN_LIST } from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { stepProgress } from '../answer-rules';
import { IntakeStore } from '../intake-store';
import { IntakeUrgent } from '../intake-urgent/intake-urgent';
import { SaveStatusLabel } from '../../ui/save-status/save-status';
import { intakeSaveText } from '../intake-save-text';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';
import { IntakeNotice } from '../ui/intake-notice';

/** The overview before sending: per step how much is filled in. */
@Component({
  selector: 'hk-intake-review',
  imports: [
    MatButton,
    MatProgressSpinner,
    TranslatePipe,
    Icon,
    SaveStatusLabel,
    FocusHeading,
    IntakeNotice,
    IntakeUrgent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-review.html',
  styleUrl: './intake-review.scss',
})
export class IntakeReview {
  protected readonly saveText = intakeSaveText;
  protected readonly store = inject(IntakeStore);

  protected readonly rows = computed(() => {
    const definition = this.store.instrument();
    if (!definition) return [];
    const answers = this.store.answers();
    const unscored = this.store.unscoredDomains();
    return definition.steps.map((step, index) => ({
      step,
      index,
      unscored: step.domain !== undefined && unscored.has(step.domain),
      ...stepProgress(definition, step, answers),
    }));
  });
  /** The domains that will have no score, in plain words: "voeding en slaap". */
  protected readonly unscoredList = computed(() => {
    const lang = this.store.language();
    const names = DOMAIN_LIST.filter((d) =>
      this.store.unscoredDomains().has(d.id),
    ).map((d) => d.name[lang].toLowerCase());
    if (names.length <= 1) return names[0] ?? '';
    const and = lang === 'nl' ? ' en ' : ' and ';
    return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
  });
  protected readonly sending = computed(() => this.store.busy() === 'submit');
}
