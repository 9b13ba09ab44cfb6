import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { LocalizedPipe } from '../localized-pipe';
import { PortalApi } from '../portal-api';
import { PortalLoadState, portalRead } from '../portal-read';

/** The six lessons, each with its reading time and whether it was read. */
@Component({
  selector: 'hk-portal-lessons',
  imports: [RouterLink, TranslatePipe, Icon, LocalizedPipe, PortalLoadState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.lessons.heading' | t }}</h1>
    <p class="lead">{{ 'portal.lessons.intro' | t }}</p>
    @if (lessons(); as lessons) {
      <ol class="list" data-testid="portal-lessons">
        @for (lesson of lessons; track lesson.id) {
          <li>
            <a
              [routerLink]="['/portaal/lessen', lesson.id]"
              [attr.aria-label]="
                ('portal.lessons.open' | t: { order: lesson.order }) +
                ': ' +
                (lesson.title | loc)
              "
            >
              <span class="order" aria-hidden="true">{{ lesson.order }}</span>
              <span class="text">
                <strong>{{ lesson.title | loc }}</strong>
                <span>{{ lesson.summary | loc }}</span>
                <span class="meta">
                  {{
                    'portal.lessons.minutes' | t: { minutes: lesson.minutes }
                  }}
                  ·
                  @if (lesson.read) {
                    <span class="read"
                      ><hk-icon name="check_circle" />{{
                        'portal.lessons.read' | t
                      }}</span
                    >
                  } @else {
                    {{ 'portal.lessons.unread' | t }}
                  }
                </span>
              </span>
            </a>
          </li>
        }
      </ol>
    } @else {
      <hk-portal-load-state [failed]="failed()" (retry)="load()" />
    }
  `,
  styleUrl: '../portal-page.scss',
  styles: `
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li + li {
      margin-top: 12px;
    }
    a {
      display: flex;
      gap: 12px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      color: inherit;
      text-decoration: none;
    }
    a:hover,
    a:focus-visible {
      border-color: var(--mat-sys-primary);
    }
    .order {
      display: inline-flex;
      flex-shrink: 0;
      align-items: center;
      justify-content: center;
      width: 36px;
      height: 36px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      font: var(--mat-sys-title-medium);
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .read {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-primary);
    }
  `,
})
export class PortalLessons implements OnInit {
  private readonly api = inject(PortalApi);
  private readonly read = portalRead(() => this.api.lessons());
  protected readonly lessons = this.read.value;
  protected readonly failed = this.read.failed;

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected load(): Promise<void> {
    return this.read.load();
  }
}
