import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The compass with a leaf for a needle: direction and recovery. */
@Component({
  selector: 'hk-brand-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `
    <svg viewBox="0 0 32 32" focusable="false">
      <circle class="ring" cx="16" cy="16" r="13.5" />
      <path class="leaf" d="M9 23C9 14.5 14.5 9 23 9C23 17.5 17.5 23 9 23Z" />
      <path class="vein" d="M10.5 21.5L21 11" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      flex-shrink: 0;
      width: 32px;
      height: 32px;
      line-height: 0;
    }
    svg {
      width: 100%;
      height: 100%;
    }
    .ring {
      fill: var(--mat-sys-surface);
      stroke: var(--mat-sys-primary);
      stroke-width: 2.5;
    }
    .leaf {
      fill: var(--mat-sys-primary);
    }
    .vein {
      stroke: var(--mat-sys-on-primary);
      stroke-width: 1.4;
      stroke-linecap: round;
    }
  `,
})
export class BrandMark {}
