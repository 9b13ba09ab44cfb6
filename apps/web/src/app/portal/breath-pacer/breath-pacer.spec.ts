import { TestBed } from '@angular/core/testing';
import {
  BreathPacer,
  clock,
  pacerAt,
  prefersReducedMotion,
} from './breath-pacer';

describe('breath pacer', () => {
  it('breathes in for 4 counts, then out for 6, and starts again', () => {
    const seen = Array.from({ length: 11 }, (_, s) => pacerAt(s, 4, 6));
    expect(seen.map((p) => `${p.phase}${p.count}`)).toEqual([
      'in1',
      'in2',
      'in3',
      'in4',
      'out1',
      'out2',
      'out3',
      'out4',
      'out5',
      'out6',
      'in1',
    ]);
  });

  it('shows the time as m:ss', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65)).toBe('1:05');
    expect(clock(300)).toBe('5:00');
  });

  it('reads the reduced-motion wish from the system', () => {
    const media = (matches: boolean) => ({
      matchMedia: (() => ({ matches })) as unknown as Window['matchMedia'],
    });
    expect(prefersReducedMotion(media(true))).toBe(true);
    expect(prefersReducedMotion(media(false))).toBe(false);
    expect(prefersReducedMotion(undefined)).toBe(false);
  });

  describe('on screen', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('starts and pauses with its button; the words follow the breath', () => {
      const fixture = TestBed.createComponent(BreathPacer);
      fixture.detectChanges();
      const el = fixture.nativeElement as HTMLElement;
      const phase = () =>
        el.querySelector('[data-testid="pacer-phase"]')?.textContent?.trim();
      const button = el.querySelector(
        '[data-testid="pacer-toggle"]',
      ) as HTMLButtonElement;
      expect(phase()).toBe('Klaar om te beginnen');
      button.click();
      fixture.detectChanges();
      expect(phase()).toBe('Adem in…');
      jest.advanceTimersByTime(4000);
      fixture.detectChanges();
      expect(phase()).toBe('Adem uit…');
      expect(
        el.querySelector('[data-testid="pacer-count"]')?.textContent,
      ).toContain('Tel 1');
      button.click();
      fixture.detectChanges();
      expect(phase()).toBe('Gepauzeerd');
      jest.advanceTimersByTime(10000);
      fixture.detectChanges();
      expect(phase()).toBe('Gepauzeerd');
      expect(button.getAttribute('aria-pressed')).toBe('false');
    });
  });
});
