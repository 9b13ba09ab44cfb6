import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { DOMAINS, type DomainId } from '@herstelkompas/domain';
import { I18n } from '../../core/i18n/i18n';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-paths';

/** The icon of each domain (DOMAINS[id].icon, checked by a test). */
export const DOMAIN_ICONS: Readonly<Record<DomainId, IconName>> = {
  stress: 'psychology',
  breathing: 'air',
  movement: 'directions_walk',
  nutrition: 'restaurant',
  sleep: 'bedtime',
  immune: 'shield',
};

export function domainIcon(id: DomainId): IconName {
  return DOMAIN_ICONS[id];
}

/** The CSS colour of a domain (theme/_domains.scss names them after the ids). */
export function domainColour(id: DomainId): string {
  return `var(--hk-domain-${id})`;
}

/**
 * How a chip sits in its context: `small` inside dense rows and tables,
 * `medium` in running lists, `large` as the title of a card.
 */
export type DomainChipSize = 'small' | 'medium' | 'large';

/**
 * A domain as everywhere in the product: its colour, its icon and its name.
 * The name is always written out, so colour never carries meaning alone.
 */
@Component({
  selector: 'hk-domain-chip',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[style.--hk-chip-colour]': 'colour()',
    '[class]': '"size-" + size()',
  },
  template: `<hk-icon [name]="icon()" /><span>{{ name() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border: 1px solid var(--hk-chip-colour);
      border-left-width: 4px;
      border-radius: 999px;
      background: color-mix(in srgb, var(--hk-chip-colour) 12%, transparent);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      print-color-adjust: exact;
    }
    hk-icon {
      width: 18px;
      height: 18px;
      color: var(--hk-chip-colour);
    }
    :host(.size-small) {
      padding: 0 8px 0 4px;
      font: var(--mat-sys-label-small);
    }
    :host(.size-small) hk-icon {
      width: 14px;
      height: 14px;
    }
    :host(.size-large) {
      gap: 8px;
      padding: 4px 14px 4px 8px;
      font: var(--mat-sys-title-medium);
    }
    :host(.size-large) hk-icon {
      width: 24px;
      height: 24px;
    }
  `,
})
export class DomainChip {
  private readonly i18n = inject(I18n);

  readonly domain = input.required<DomainId>();
  readonly size = input<DomainChipSize>('medium');

  protected readonly name = computed(
    () => DOMAINS[this.domain()].name[this.i18n.language()],
  );
  protected readonly icon = computed(() => domainIcon(this.domain()));
  protected readonly colour = computed(() => domainColour(this.domain()));
}
