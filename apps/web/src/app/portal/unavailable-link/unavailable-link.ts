import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PortalContact } from '@herstelkompas/contracts';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { NoticePage } from '../../ui/notice-page/notice-page';

/** A link that no longer works: what happened, whom to contact, a way on. */
@Component({
  selector: 'hk-unavailable-link',
  imports: [MatAnchor, RouterLink, TranslatePipe, Icon, NoticePage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-notice-page
      headingTestId="portal-unavailable"
      [heading]="'portal.unavailable.heading' | t"
      [body]="
        (locked() ? 'portal.unavailable.locked' : 'portal.unavailable.body') | t
      "
    >
      @if (contact(); as c) {
        <section
          class="contact"
          [attr.aria-label]="'portal.unavailable.contact' | t"
        >
          <strong>{{ c.practiceName }}</strong>
          @if (c.practitionerName) {
            <span>{{ c.practitionerName }}</span>
          }
          @if (c.practitionerEmail) {
            <a [href]="'mailto:' + c.practitionerEmail">
              <hk-icon name="mail" /><span>{{ c.practitionerEmail }}</span>
            </a>
          }
        </section>
      }
      <a matButton="filled" routerLink="/portaal/inloggen">
        {{ 'portal.unavailable.newLink' | t }}
      </a>
    </hk-notice-page>
  `,
  styles: `
    :host {
      display: block;
    }
    .contact {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 24px;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .contact a {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 44px;
      color: var(--mat-sys-primary);
    }
  `,
})
export class UnavailableLink {
  readonly contact = input<PortalContact | null>(null);
  readonly locked = input(false);
}
