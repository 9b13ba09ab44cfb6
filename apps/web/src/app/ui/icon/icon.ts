import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { ICON_PATHS, type IconName } from './icon-paths';

type Paths = Readonly<Record<string, string>>;

// Feature icons load once, on first use, to keep them out of the first
// bundle; every hk-icon waiting for them fills in when they arrive.
const more = signal<Paths | null>(null);
let loading: Promise<void> | undefined;

function loadMore(): void {
  loading ??= import('./more-icon-paths').then((m) =>
    more.set(m.MORE_ICON_PATHS),
  );
}

/**
 * An inline SVG icon. Decorative by default: the control around it carries
 * the label. The `mat-icon` class lets Material buttons and menus size it.
 */
@Component({
  selector: 'hk-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'mat-icon hk-icon',
    'aria-hidden': 'true',
  },
  template: `
    <svg viewBox="0 -960 960 960" focusable="false">
      <path [attr.d]="path()" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      flex-shrink: 0;
      width: 24px;
      height: 24px;
      line-height: 0;
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
  `,
})
export class Icon {
  readonly name = input.required<IconName>();
  protected readonly path = computed(() => {
    const name = this.name();
    if (name in ICON_PATHS) return (ICON_PATHS as Paths)[name];
    loadMore();
    return more()?.[name] ?? '';
  });
}
