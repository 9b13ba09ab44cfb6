import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

/** A page the signed-in role may not open: say so, and offer a way back. */
@Component({
  selector: 'hk-forbidden-page',
  imports: [PageHeader, EmptyState, MatButton, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'forbidden.title' | t" />
    <hk-empty-state
      icon="lock"
      data-testid="forbidden"
      [heading]="'forbidden.heading' | t"
      [body]="'forbidden.body' | t"
    >
      <div class="actions">
        <a matButton="filled" routerLink="/vandaag">
          {{ 'forbidden.home' | t }}
        </a>
        <button matButton="outlined" type="button" (click)="back()">
          {{ 'forbidden.back' | t }}
        </button>
      </div>
    </hk-empty-state>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 8px;
      margin-top: 24px;
    }
  `,
})
export class ForbiddenPage {
  private readonly location = inject(Location);

  protected back(): void {
    this.location.back();
  }
}
