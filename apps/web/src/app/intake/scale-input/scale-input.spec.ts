import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ScaleAnswerType } from '@herstelkompas/domain';
import { ScaleInput } from './scale-input';

const SCALE: ScaleAnswerType = {
  kind: 'scale',
  min: 0,
  max: 10,
  anchors: {
    min: { nl: 'nooit', en: 'never' },
    max: { nl: '(bijna) altijd', en: '(almost) always' },
  },
};

describe('ScaleInput', () => {
  let fixture: ComponentFixture<ScaleInput>;
  let chosen: number[];

  beforeEach(async () => {
    chosen = [];
    fixture = TestBed.createComponent(ScaleInput);
    fixture.componentRef.setInput('itemId', 'STR1');
    fixture.componentRef.setInput('scale', SCALE);
    fixture.componentRef.setInput('labelledBy', 'q-STR1');
    fixture.componentRef.setInput('language', 'nl');
    fixture.componentInstance.changed.subscribe((value) => {
      chosen.push(value);
      // The parent answers by passing the value back in.
      fixture.componentRef.setInput('value', value);
    });
    await fixture.whenStable();
  });

  function button(n: number): HTMLButtonElement {
    return fixture.nativeElement.querySelector(
      `[data-testid="scale-STR1-${n}"]`,
    );
  }

  async function press(n: number, key: string): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', { key, cancelable: true });
    button(n).dispatchEvent(event);
    await fixture.whenStable();
    return event;
  }

  it('is one radio group of eleven buttons, labelled by the question', () => {
    const group = fixture.nativeElement.querySelector('[role="radiogroup"]');
    expect(group.getAttribute('aria-labelledby')).toBe('q-STR1');
    expect(group.querySelectorAll('[role="radio"]')).toHaveLength(11);
  });

  it('reads the anchors with the end values and writes them under the ends', () => {
    expect(button(0).getAttribute('aria-label')).toBe('0: nooit');
    expect(button(10).getAttribute('aria-label')).toBe('10: (bijna) altijd');
    expect(button(5).getAttribute('aria-label')).toBeNull();
    expect(fixture.nativeElement.textContent).toContain('0 = nooit');
    expect(fixture.nativeElement.textContent).toContain('10 = (bijna) altijd');
  });

  it('has a single tab stop: the first button, then the chosen one', async () => {
    const tabbable = () =>
      [...fixture.nativeElement.querySelectorAll('[tabindex="0"]')].map(
        (b: HTMLElement) => b.textContent?.trim(),
      );
    expect(tabbable()).toEqual(['0']);

    button(7).click();
    await fixture.whenStable();
    expect(tabbable()).toEqual(['7']);
    expect(button(7).getAttribute('aria-checked')).toBe('true');
    expect(button(0).getAttribute('aria-checked')).toBe('false');
  });

  it('moves and chooses with the arrow keys, and takes the focus along', async () => {
    button(4).click();
    await fixture.whenStable();

    const event = await press(4, 'ArrowRight');
    expect(event.defaultPrevented).toBe(true);
    expect(chosen.at(-1)).toBe(5);
    expect(document.activeElement).toBe(button(5));

    await press(5, 'ArrowDown');
    expect(chosen.at(-1)).toBe(6);
    await press(6, 'ArrowLeft');
    await press(5, 'ArrowUp');
    expect(chosen.at(-1)).toBe(4);
    expect(document.activeElement).toBe(button(4));
  });

  it('wraps around at the ends and jumps with Home and End', async () => {
    await press(0, 'ArrowLeft');
    expect(chosen.at(-1)).toBe(10);
    await press(10, 'ArrowRight');
    expect(chosen.at(-1)).toBe(0);
    await press(0, 'End');
    expect(chosen.at(-1)).toBe(10);
    await press(10, 'Home');
    expect(chosen.at(-1)).toBe(0);
  });

  it('leaves other keys, such as Tab, to the browser', async () => {
    const event = await press(0, 'Tab');
    expect(event.defaultPrevented).toBe(false);
    expect(chosen).toEqual([]);
  });
});
