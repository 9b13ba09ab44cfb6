import { TestBed } from '@angular/core/testing';
import { DOMAINS, DOMAIN_IDS } from '@herstelkompas/domain';
import { I18n } from '../../core/i18n/i18n';
import { MORE_ICON_PATHS } from '../icon/more-icon-paths';
import { DOMAIN_ICONS, DomainChip } from './domain-chip';

describe('DomainChip', () => {
  it.each(DOMAIN_IDS)('uses the domain model icon for %s', (id) => {
    expect(DOMAIN_ICONS[id]).toBe(DOMAINS[id].icon);
    const paths: Record<string, string> = MORE_ICON_PATHS;
    expect(paths[DOMAIN_ICONS[id]]).toBeTruthy();
  });

  it('writes the name beside the colour, in the current language', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(DomainChip);
    fixture.componentRef.setInput('domain', 'immune');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent?.trim()).toBe('Immuunsysteem');
    expect(host.style.getPropertyValue('--hk-chip-colour')).toBe(
      'var(--hk-domain-immune)',
    );

    await TestBed.inject(I18n).use('en');
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(host.textContent?.trim()).toBe('Immune system');
  });
});
