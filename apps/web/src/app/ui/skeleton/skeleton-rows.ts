import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

/**
 * Grey placeholder rows while a list loads: the page keeps its shape, so
 * nothing jumps when the data arrives.
 */
@Component({
  selector: 'hk-skeleton-rows',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'aria-busy': 'true' },
  template: `
    <span class="cdk-visually-hidden">{{ 'common.loading' | t }}</span>
    @for (row of rowList(); track row) {
      <div class="row" aria-hidden="true">
        <span class="bar wide"></span>
        <span class="bar"></span>
        <span class="bar"></span>
        <span class="bar narrow"></span>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .row {
      display: flex;
      gap: 24px;
      align-items: center;
      height: 56px;
      padding: 0 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bar {
      flex: 1;
      height: 12px;
      border-radius: 6px;
      background: linear-gradient(
        90deg,
        var(--mat-sys-surface-container-high) 0%,
        var(--mat-sys-surface-container-highest) 50%,
        var(--mat-sys-surface-container-high) 100%
      );
      background-size: 200% 100%;
      animation: shimmer 1.4s ease-in-out infinite;
    }
    .wide {
      flex: 2;
    }
    .narrow {
      flex: 0.5;
    }
    @keyframes shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
  `,
})
export class SkeletonRows {
  readonly rows = input(6);
  protected readonly rowList = computed(() =>
    Array.from({ length: this.rows() }, (_, i) => i),
  );
}
