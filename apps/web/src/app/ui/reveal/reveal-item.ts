import {
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
} from '@angular/core';

/**
 * Brings one item of a list into view once the list is shown: a link from
 * the timeline (`?notitie=…`, `?doel=…`) lands on the item, not on the top
 * of a long list. The item gets focus, so a keyboard or screen reader user
 * lands there too. Call in a constructor.
 */
export function revealWhenReady(
  ready: () => boolean,
  selector: string | null,
): void {
  if (!selector) return;
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const injector = inject(Injector);
  let done = false;
  effect(
    () => {
      if (done || !ready()) return;
      done = true;
      afterNextRender(
        () => {
          const item = host.querySelector<HTMLElement>(selector);
          if (!item) return;
          item.classList.add('hk-revealed');
          if (!item.hasAttribute('tabindex')) item.tabIndex = -1;
          item.scrollIntoView?.({ block: 'center' });
          item.focus({ preventScroll: true });
        },
        { injector },
      );
    },
    { injector },
  );
}

/** `[data-x="id"]` for an id from the URL; null for none or anything odd. */
export function byData(attribute: string, value: string | null): string | null {
  return value && /^[A-Za-z0-9-]{1,64}$/.test(value)
    ? `[data-${attribute}="${value}"]`
    : null;
}
