import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

@Component({
  selector: 'hk-not-found-page',
  imports: [PageHeader, EmptyState, MatButton, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'notFound.title' | t" />
    <hk-empty-state
      icon="explore"
      [heading]="'notFound.heading' | t"
      [body]="'notFound.body' | t"
    >
      <a matButton="filled" routerLink="/vandaag" class="back">
        {{ 'notFound.back' | t }}
      </a>
    </hk-empty-state>
  `,
  styles: `
    .back {
      margin-top: 24px;
    }
  `,
})
export class NotFoundPage {}
