import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';
import type { Localized } from '@herstelkompas/domain';
import { LocalizedPipe } from '../localized-pipe';

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * A 0-10 question as eleven tappable buttons (a radio group: arrow keys move
 * the choice, Tab leaves the group), with what the ends mean written under
 * the first and the last.
 */
@Component({
  selector: 'hk-check-in-scale',
  imports: [LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset [attr.data-testid]="'scale-' + name()">
      <legend>{{ text() | loc }}</legend>
      @if (note(); as note) {
        <p class="note">{{ note }}</p>
      }
      <div class="buttons">
        @for (n of values; track n) {
          <label [class.chosen]="value() === n">
            <input
              type="radio"
              [name]="name()"
              [value]="n"
              [checked]="value() === n"
              (change)="value.set(n)"
              [attr.aria-describedby]="name() + '-ends'"
            />
            <span>{{ n }}</span>
          </label>
        }
      </div>
      <p class="ends" [id]="name() + '-ends'">
        <span>0 = {{ low() | loc }}</span>
        <span>10 = {{ high() | loc }}</span>
      </p>
    </fieldset>
  `,
  styles: `
    fieldset {
      margin: 0 0 20px;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 8px;
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    .note {
      margin: -4px 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .buttons {
      display: grid;
      grid-template-columns: repeat(6, 1fr);
      gap: 6px;
    }
    @media (min-width: 600px) {
      .buttons {
        grid-template-columns: repeat(11, 1fr);
      }
    }
    label {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: 44px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      cursor: pointer;
      font: var(--mat-sys-title-small);
    }
    label.chosen {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    input {
      position: absolute;
      inset: 0;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    label:has(input:focus-visible) {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .ends {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      margin: 6px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .ends span:last-child {
      text-align: end;
    }
  `,
})
export class CheckInScale {
  readonly name = input.required<string>();
  readonly text = input.required<Localized>();
  readonly low = input.required<Localized>();
  readonly high = input.required<Localized>();
  /** A line under the question, e.g. that here a higher number is better. */
  readonly note = input<string | null>(null);
  readonly value = model<number | null>(null);
  protected readonly values = VALUES;
}
