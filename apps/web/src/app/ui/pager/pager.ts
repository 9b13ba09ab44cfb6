import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../icon/icon';

export interface PageChange {
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * Server-side paging: "1-25 van 312", page size, and first/previous/next/last.
 * The count is a live region so screen readers hear a new result count.
 */
@Component({
  selector: 'hk-pager',
  imports: [
    MatIconButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="'pager.label' | t">
      <p class="range" aria-live="polite" [attr.data-testid]="countTestId()">
        {{
          (estimated() ? 'pager.rangeEstimated' : 'pager.range') | t: range()
        }}
      </p>
      <mat-form-field class="size" subscriptSizing="dynamic">
        <mat-label>{{ 'pager.pageSize' | t }}</mat-label>
        <mat-select
          [value]="pageSize()"
          (valueChange)="changed.emit({ page: 1, pageSize: $event })"
        >
          @for (size of sizes; track size) {
            <mat-option [value]="size">{{ size }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <span class="buttons">
        <button
          matIconButton
          type="button"
          [disabled]="page() <= 1"
          [attr.aria-label]="'pager.first' | t"
          (click)="go(1)"
        >
          <hk-icon name="first_page" />
        </button>
        <button
          matIconButton
          type="button"
          [disabled]="page() <= 1"
          [attr.aria-label]="'pager.previous' | t"
          (click)="go(page() - 1)"
        >
          <hk-icon name="chevron_left" />
        </button>
        <button
          matIconButton
          type="button"
          [disabled]="page() >= lastPage()"
          [attr.aria-label]="'pager.next' | t"
          (click)="go(page() + 1)"
        >
          <hk-icon name="chevron_right" />
        </button>
        <button
          matIconButton
          type="button"
          [disabled]="estimated() || page() >= lastPage()"
          [attr.aria-label]="'pager.last' | t"
          (click)="go(lastPage())"
        >
          <hk-icon name="last_page" />
        </button>
      </span>
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 8px 16px;
      padding: 8px 0;
    }
    .range {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .size {
      width: 148px;
    }
    .buttons {
      display: flex;
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** The total is the database's estimate (a long list): say "about", and no jump to a last page that may not be there. */
  readonly estimated = input(false);
  /** data-testid of the count, for the e2e journeys. */
  readonly countTestId = input<string>();
  readonly changed = output<PageChange>();

  protected readonly sizes = PAGE_SIZES;
  protected readonly lastPage = computed(() =>
    Math.max(1, Math.ceil(this.total() / this.pageSize())),
  );
  protected readonly range = computed(() => {
    const total = this.total();
    const start = total === 0 ? 0 : (this.page() - 1) * this.pageSize() + 1;
    const end = Math.min(total, this.page() * this.pageSize());
    return { start, end, total };
  });

  protected go(page: number): void {
    this.changed.emit({ page, pageSize: this.pageSize() });
  }
}
