import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  MatButtonToggle,
  MatButtonToggleGroup,
} from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import type {
  Assessment,
  IntakeVariant,
  Language,
  SessionNote,
} from '@herstelkompas/contracts';
import type { ReportAudience } from '@herstelkompas/domain';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { CLOSING_MAX_LENGTH, type ReportOptions } from '../report-options';

const VARIANTS = {
  baseline: 'clientReport.options.variant.baseline',
  follow_up: 'clientReport.options.variant.follow_up',
} as const satisfies Record<IntakeVariant, TranslationKey>;

/** A note's first words without markdown marks, to recognise it by. */
export function noteExcerpt(text: string): string {
  return text
    .replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

/**
 * The report's options: period, audience, language, notes, pain charts and
 * closing words. Presentational: every change goes out as a patch.
 */
@Component({
  selector: 'hk-report-options-panel',
  imports: [
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    MatSlideToggle,
    HkDatePipe,
    TranslatePipe,
  ],
  templateUrl: './report-options-panel.html',
  styleUrl: './report-options-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportOptionsPanel {
  readonly options = input.required<ReportOptions>();
  /** Oldest first. */
  readonly assessments = input.required<readonly Assessment[]>();
  /** Only the notes that may be chosen: signed and marked for reports. */
  readonly notes = input.required<readonly SessionNote[]>();
  readonly painFocusOff = input.required<boolean>();
  readonly changed = output<Partial<ReportOptions>>();

  protected readonly closingMax = CLOSING_MAX_LENGTH;
  protected readonly closingLength = computed(
    () => this.options().closing?.length ?? 0,
  );
  // A baseline after the latest measurement makes no report: the lists
  // offer only the measurements that keep the order.
  protected readonly fromIndex = computed(() =>
    this.indexOf(this.options().fromAssessmentId, 0),
  );
  protected readonly toIndex = computed(() =>
    this.indexOf(this.options().toAssessmentId, this.assessments().length - 1),
  );

  protected readonly variants = VARIANTS;
  protected readonly excerpt = noteExcerpt;

  protected setFrom(id: string): void {
    this.changed.emit({ fromAssessmentId: id });
  }

  protected setTo(id: string): void {
    this.changed.emit({ toAssessmentId: id });
  }

  protected setAudience(audience: ReportAudience): void {
    this.changed.emit({ audience });
  }

  protected setLanguage(language: Language): void {
    this.changed.emit({ language });
  }

  protected setPainCharts(painCharts: boolean): void {
    this.changed.emit({ painCharts });
  }

  protected toggleNote(id: string, include: boolean): void {
    const others = this.options().noteIds.filter((n) => n !== id);
    this.changed.emit({ noteIds: include ? [...others, id] : others });
  }

  protected isChosen(id: string): boolean {
    return this.options().noteIds.includes(id);
  }

  protected setClosing(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.changed.emit({ closing: text === '' ? null : text });
  }

  private indexOf(id: string | null, fallback: number): number {
    const found = this.assessments().findIndex((a) => a.id === id);
    return found === -1 ? fallback : found;
  }
}
