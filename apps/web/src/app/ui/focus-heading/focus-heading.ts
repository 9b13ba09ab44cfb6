import {
  DOCUMENT,
  Directive,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
} from '@angular/core';

/**
 * Moves the focus to a screen's heading, so a screen reader starts reading
 * the new screen and a keyboard user continues from there. Focuses whenever
 * the bound value changes (a step id), and not at all while it is `false`
 * (the very first screen keeps the browser's own start).
 */
@Directive({
  selector: '[hkFocusHeading]',
  host: { tabindex: '-1', class: 'hk-focus-heading' },
})
export class FocusHeading {
  readonly hkFocusHeading = input<unknown>(true);

  constructor() {
    const element: HTMLElement = inject(ElementRef).nativeElement;
    const view = inject(DOCUMENT).defaultView;
    afterRenderEffect(() => {
      if (this.hkFocusHeading() === false) return;
      view?.scrollTo?.({ top: 0 });
      element.focus({ preventScroll: true });
    });
  }
}
