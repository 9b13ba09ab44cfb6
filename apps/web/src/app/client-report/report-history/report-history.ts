import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  type Assessment,
  EXPORT_PATHS,
  type Language,
  type ReportAudience,
  type ReportRecord,
} from '@herstelkompas/contracts';
import { formatDate } from '@herstelkompas/domain';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { Icon } from '../../ui/icon/icon';

const AUDIENCES = {
  client: 'clientReport.history.audience.client',
  referrer: 'clientReport.history.audience.referrer',
} as const satisfies Record<ReportAudience, TranslationKey>;

const LANGUAGES = {
  nl: 'clientReport.history.language.nl',
  en: 'clientReport.history.language.en',
} as const satisfies Record<Language, TranslationKey>;

/** The first six words of a closing text, to recognise a report by. */
function firstWords(text: string | null): string | null {
  const words = text?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return null;
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/** The client's issued reports: when, by whom, for whom, in which language. */
@Component({
  selector: 'hk-report-history',
  imports: [MatButton, HkDatePipe, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (records().length === 0) {
      <p class="empty">{{ 'clientReport.history.empty' | t }}</p>
    } @else {
      <ul>
        @for (record of records(); track record.id) {
          <li data-testid="report-history-row">
            <span class="what">
              <strong>{{ record.generatedAt | hkDate: 'dateTime' }}</strong>
              <span>
                {{ audiences[record.options.audience] | t }} ·
                {{ languages[record.options.language] | t }}
              </span>
              @let what = summary(record);
              <span class="detail" data-testid="report-history-detail">
                {{ what.period.key | t: what.period.params }} ·
                @if (what.notes) {
                  {{ 'clientReport.history.notes' | t: { count: what.notes } }}
                } @else {
                  {{ 'clientReport.history.noNotes' | t }}
                }
                @if (what.closing) {
                  ·
                  {{
                    'clientReport.history.closing' | t: { text: what.closing }
                  }}
                }
              </span>
              <span class="who">{{
                'clientReport.history.by'
                  | t: { name: record.generatedBy.displayName }
              }}</span>
            </span>
            <a
              matButton
              data-testid="report-history-download"
              [href]="url(record)"
              [attr.aria-label]="
                'clientReport.history.downloadLabel'
                  | t: { date: (record.generatedAt | hkDate: 'dateTime') }
              "
              [attr.aria-busy]="busy() === record.id"
              (click)="open($event, record)"
            >
              <hk-icon matButtonIcon name="download" />
              {{ 'clientReport.history.download' | t }}
            </a>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      display: flex;
      flex-direction: column;
      font: var(--mat-sys-body-medium);
    }
    .who,
    .detail,
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 0;
    }
  `,
})
export class ReportHistory {
  readonly records = input.required<readonly ReportRecord[]>();
  /** The client's measurements, to name a report's period by its dates. */
  readonly assessments = input<
    readonly Pick<Assessment, 'id' | 'submittedAt'>[]
  >([]);
  /** Id of the report being downloaded, if any. */
  readonly busy = input<string | null>(null);
  readonly download = output<ReportRecord>();

  protected readonly audiences = AUDIENCES;
  protected readonly languages = LANGUAGES;

  /** Period, notes and the first words of the closing text of a report. */
  protected summary(record: ReportRecord): {
    period: { key: TranslationKey; params: Record<string, string> };
    notes: number;
    closing: string | null;
  } {
    const list = this.assessments();
    const at = (id: string | null, fallback: number) => {
      const found = list.find((a) => a.id === id) ?? list[fallback];
      return found ? formatDate(found.submittedAt) : null;
    };
    const from = at(record.options.fromAssessmentId, 0);
    const to = at(record.options.toAssessmentId, list.length - 1);
    const period: { key: TranslationKey; params: Record<string, string> } =
      !from || !to
        ? { key: 'clientReport.history.noPeriod', params: {} }
        : from === to
          ? { key: 'clientReport.history.baseline', params: { date: from } }
          : { key: 'clientReport.history.period', params: { from, to } };
    return {
      period,
      notes: record.options.noteIds.length,
      closing: firstWords(record.options.closing),
    };
  }

  protected url(record: ReportRecord): string {
    return EXPORT_PATHS.reportDownload(encodeURIComponent(record.id));
  }

  /** A real link (copyable, keyboard-ready), fetched so errors can show. */
  protected open(event: MouseEvent, record: ReportRecord): void {
    event.preventDefault();
    this.download.emit(record);
  }
}
