import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PortalContact } from '@herstelkompas/contracts';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';

/** A link that no longer works: what happened, whom to contact, a way on. */
@Component({
  selector: 'hk-unavailable-link',
  imports: [MatAnchor, RouterLink, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="icon"><hk-icon name="info" /></span>
    <h1 data-testid="portal-unavailable">
      {{ 'portal.unavailable.heading' | t }}
    </h1>
    <p>
      {{
        (locked() ? 'portal.unavailable.locked' : 'portal.unavailable.body') | t
      }}
    </p>
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
  `,
  styles: `
    :host {
      display: block;
      padding-top: 16px;
    }
    .icon {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 56px;
      height: 56px;
      margin-bottom: 16px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h1 {
      margin: 0 0 12px;
      font: var(--mat-sys-headline-small);
    }
    p {
      margin: 0 0 20px;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
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
