import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';

/**
 * One block of Vandaag: a title with its count, an optional line of
 * context, then the list (projected) or a calm line when there is nothing.
 * A block with nothing in it steps back (no frame, muted, no context line),
 * so what needs attention stands out; open red flags stand out most.
 */
@Component({
  selector: 'hk-home-section',
  imports: [Icon, SkeletonRows],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class.urgent]': 'urgent() && count() > 0',
    '[class.quiet]': '!loading() && count() === 0',
  },
  template: `
    <div class="head">
      <h2 [id]="sectionId() + '-title'">
        <hk-icon [name]="icon()" />
        <span>{{ heading() }}</span>
        @if (!loading()) {
          <span class="count" [attr.data-testid]="sectionId() + '-count'">{{
            count()
          }}</span>
        }
      </h2>
      <ng-content select="[sectionActions]" />
    </div>
    @if (intro() && count() > 0) {
      <p class="intro">{{ intro() }}</p>
    }
    @if (loading()) {
      <hk-skeleton-rows [rows]="2" />
    } @else if (count() === 0) {
      <p class="empty">{{ empty() }}</p>
    } @else {
      <ng-content />
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    :host(.quiet) {
      border-style: dashed;
      background: transparent;
    }
    :host(.quiet) h2 {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.quiet) h2 hk-icon {
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.quiet) .count {
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    :host(.urgent) {
      border: 2px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.urgent) h2 {
      font: var(--mat-sys-title-large);
    }
    :host(.urgent) .count {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    h2 hk-icon {
      color: var(--mat-sys-primary);
    }
    :host(.urgent) h2 hk-icon {
      color: var(--mat-sys-error);
    }
    .count {
      min-width: 24px;
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
      text-align: center;
    }
    .intro,
    .empty {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HomeSection {
  readonly sectionId = input.required<string>();
  readonly heading = input.required<string>();
  readonly icon = input.required<IconName>();
  readonly count = input.required<number>();
  readonly empty = input.required<string>();
  readonly intro = input<string>();
  readonly loading = input(false);
  /** Red flags: a stronger frame when there is something. */
  readonly urgent = input(false);
}
