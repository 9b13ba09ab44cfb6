import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { waitFor } from '../../../testing/dom';
import { loadEstimator } from './password-estimator';
import { PasswordStrength, strengthLevel } from './password-strength';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PasswordStrength],
  template: `<hk-password-strength [password]="password()" />`,
})
class Host {
  readonly password = signal('');
}

// The word lists take a few seconds to load and rank on a busy machine.
jest.setTimeout(60_000);

describe('PasswordStrength', () => {
  it('names the level in words, and says whether the password will be accepted', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const text = () =>
      (
        fixture.nativeElement.querySelector(
          '[data-testid="password-strength"]',
        ) as HTMLElement
      ).textContent?.trim() ?? '';
    expect(text()).toBe('');
    const show = async (password: string, expected: RegExp) => {
      fixture.componentInstance.password.set(password);
      fixture.detectChanges();
      await waitFor(() => {
        fixture.detectChanges();
        return expected.test(text());
      }, 30_000);
    };
    await show('kort', /^Te kort\. Gebruik minstens 12 tekens\.$/);
    await show('wachtwoord123', /^Zwak: .*wordt geweigerd/);
    await show('123456789012', /^Zwak: /);
    await show('fiets lantaarn oceaan 47', /^(Goed|Sterk): /);
    // Text carries the meaning; the bar is decoration for screen readers.
    expect(
      fixture.nativeElement.querySelector('.bar')?.getAttribute('aria-hidden'),
    ).toBe('true');
    expect(
      fixture.nativeElement
        .querySelector('[data-testid="password-strength"]')
        ?.getAttribute('aria-live'),
    ).toBe('polite');
  });

  it('judges like the API: the same word lists and threshold', async () => {
    const estimate = await loadEstimator();
    expect(estimate('aaaaaaaaaaaa')).toBeLessThan(3);
    expect(estimate('welkom123456')).toBeLessThan(3);
    expect(estimate('herstelkompas1')).toBeLessThan(3);
    expect(estimate('een lang wachtwoord 2026')).toBeGreaterThanOrEqual(3);
    expect(strengthLevel(11, 4)).toBe('short');
    expect(strengthLevel(12, 2)).toBe('fair');
    expect(strengthLevel(12, 3)).toBe('good');
  });
});
