import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { IntakeStore } from '../intake-store';

/**
 * How to reach the practice from a link that no longer works: its name,
 * phone and e-mail, as the API gave them for a link the practice sent.
 */
@Component({
  selector: 'hk-practice-contact',
  imports: [TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.contact(); as contact) {
      @if (contact.phone || contact.email) {
        <section data-testid="intake-practice-contact">
          <h2>
            {{ 'intake.contact.heading' | t: { practice: contact.name } }}
          </h2>
          <ul>
            @if (contact.phone) {
              <li>
                <hk-icon name="call" />
                <a [href]="'tel:' + dialable(contact.phone)">{{
                  contact.phone
                }}</a>
              </li>
            }
            @if (contact.email) {
              <li>
                <hk-icon name="mail" />
                <a [href]="'mailto:' + contact.email">{{ contact.email }}</a>
              </li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    section {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 10px;
      min-height: 44px;
      font: var(--mat-sys-body-large);
    }
    a {
      color: var(--mat-sys-primary);
      overflow-wrap: anywhere;
    }
  `,
})
export class PracticeContact {
  protected readonly store = inject(IntakeStore);

  /** "030 - 123 45 67" as a phone dials it: digits and a leading +. */
  protected dialable(phone: string): string {
    return phone.replace(/[^\d+]/g, '');
  }
}
