import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { LoadStatus } from '../../core/http/load-state';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../alert/alert';
import { EmptyState } from '../empty-state/empty-state';
import { SkeletonRows } from '../skeleton/skeleton-rows';

/**
 * What a screen shows until its data is ready: grey rows while it loads,
 * "not found" with a way back (projected), or the error with a retry.
 * Shows nothing once the data is ready (or before anything was asked).
 */
@Component({
  selector: 'hk-load-state',
  imports: [MatButton, TranslatePipe, Alert, EmptyState, SkeletonRows],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loading') {
        <hk-skeleton-rows [rows]="rows()" />
      }
      @case ('notFound') {
        <hk-empty-state
          icon="search"
          [heading]="notFoundTitle()"
          [body]="notFoundBody()"
        >
          <ng-content />
        </hk-empty-state>
      }
      @case ('error') {
        <hk-alert>
          <span>
            <strong>{{ errorTitle() }}</strong>
            {{ error() }}
          </span>
          <button matButton="outlined" type="button" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        </hk-alert>
      }
    }
  `,
  // The blocks lay out as if they stood in the page's own template.
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class LoadStateBlock {
  readonly status = input.required<LoadStatus>();
  /** How many grey rows stand in for the content. */
  readonly rows = input(4);
  /** The alert's heading, e.g. "De tijdlijn kon niet worden geladen." */
  readonly errorTitle = input('');
  readonly error = input<string | null>(null);
  readonly notFoundTitle = input('');
  readonly notFoundBody = input('');
  readonly retry = output();
}
