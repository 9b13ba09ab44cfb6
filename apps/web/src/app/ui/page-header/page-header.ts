import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The top of every page: its one h1 (the e2e tests find it as `page-title`)
 * and room for page actions, projected on the right.
 */
@Component({
  selector: 'hk-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="text">
      <h1 data-testid="page-title">{{ heading() }}</h1>
      @if (subheading()) {
        <p class="subheading">{{ subheading() }}</p>
      }
    </div>
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 16px;
      margin-bottom: 24px;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      color: var(--mat-sys-on-surface);
    }
    .subheading {
      margin: 4px 0 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions:empty {
      display: none;
    }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly subheading = input<string>();
}
