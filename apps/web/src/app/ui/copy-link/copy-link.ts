import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../icon/icon';

/**
 * A one-time link handed over in a dialog: its label, the link as text and
 * a copy button that says when it worked (or, politely, that it did not).
 * `name` prefixes the ids and test ids (`<name>-link`, `<name>-copy`).
 */
@Component({
  selector: 'hk-copy-link',
  imports: [MatButton, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="link-label" [id]="name() + '-link-label'">{{ label() }}</p>
    <!-- Text, not an input: one click selects the whole link. -->
    <p
      class="link"
      tabindex="0"
      [attr.data-testid]="name() + '-link'"
      [attr.aria-labelledby]="name() + '-link-label'"
    >
      {{ url() }}
    </p>
    <div class="copy" [class.with-note]="note()">
      <button
        matButton="filled"
        type="button"
        [attr.data-testid]="name() + '-copy'"
        (click)="copy()"
      >
        <hk-icon matButtonIcon [name]="copied() ? 'check' : 'content_copy'" />
        {{ copied() ? copiedText() : copyText() }}
      </button>
      @if (note(); as note) {
        <span class="note">{{ note }}</span>
      }
    </div>
    <p class="live" [class.with-note]="note()" aria-live="polite">
      @if (copied() === false) {
        {{ failedText() }}
      }
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .link-label {
      margin: 16px 0 4px;
      font: var(--mat-sys-label-large);
    }
    .link {
      margin: 0;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .copy {
      margin-top: 12px;
    }
    .copy.with-note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .note {
      font: var(--mat-sys-body-medium);
      font-weight: 600;
    }
    .live {
      min-height: 1.5em;
      margin: 4px 0 0;
      color: var(--mat-sys-error);
    }
    .live.with-note {
      margin-top: 8px;
    }
  `,
})
export class CopyLink {
  private readonly clipboard = inject(Clipboard);

  readonly name = input.required<string>();
  readonly url = input.required<string>();
  readonly label = input.required<string>();
  readonly copyText = input.required<string>();
  readonly copiedText = input.required<string>();
  readonly failedText = input.required<string>();
  /** A short remark beside the button, e.g. that the link shows only once. */
  readonly note = input<string | null>(null);

  protected readonly copied = signal<boolean | null>(null);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.url()));
  }
}
