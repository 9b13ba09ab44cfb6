import { COMMA, ENTER } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  forwardRef,
  input,
  signal,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import {
  MatChipGrid,
  MatChipInput,
  type MatChipInputEvent,
  MatChipRemove,
  MatChipRow,
} from '@angular/material/chips';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { MAX_TAG_LENGTH, MAX_TAGS } from './client-form-model';

/**
 * Labels as chips: type one and press Enter or a comma; a chip's button
 * removes it. Duplicates and blanks are ignored, as the API does.
 */
@Component({
  selector: 'hk-tags-input',
  imports: [
    MatFormField,
    MatLabel,
    MatHint,
    MatChipGrid,
    MatChipRow,
    MatChipRemove,
    MatChipInput,
    TranslatePipe,
    Icon,
  ],
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => TagsInput),
      multi: true,
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ 'clients.form.tags' | t }}</mat-label>
      <mat-chip-grid #grid [disabled]="disabled()">
        @for (tag of tags(); track tag) {
          <mat-chip-row (removed)="remove(tag)">
            {{ tag }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="'clients.form.removeTag' | t: { tag }"
            >
              <hk-icon name="close" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Beside the grid, not in it: a grid may only hold rows (the chips),
           so a text box inside it breaks the grid for screen readers. -->
      <input
        data-testid="field-tags"
        autocomplete="off"
        [attr.maxlength]="maxLength"
        [matChipInputFor]="grid"
        [matChipInputAddOnBlur]="true"
        [matChipInputSeparatorKeyCodes]="separators"
        [disabled]="disabled() || tags().length >= maxTags"
        (matChipInputTokenEnd)="add($event)"
      />
      @if (error()) {
        <mat-hint class="error" data-testid="field-error-tags">
          {{ error() }}
        </mat-hint>
      } @else {
        <mat-hint>{{ 'clients.form.tagsHint' | t }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class TagsInput implements ControlValueAccessor {
  /** A message from the API about the tags, shown in place of the hint. */
  readonly error = input<string | null>(null);

  protected readonly tags = signal<string[]>([]);
  protected readonly disabled = signal(false);
  protected readonly maxLength = MAX_TAG_LENGTH;
  protected readonly maxTags = MAX_TAGS;
  protected readonly separators = [ENTER, COMMA];

  private onChange: (tags: string[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(tags: string[] | null): void {
    this.tags.set(tags ?? []);
  }

  registerOnChange(fn: (tags: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected add(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    event.chipInput.clear();
    if (!tag || this.tags().includes(tag)) return;
    this.set([...this.tags(), tag]);
  }

  protected remove(tag: string): void {
    this.set(this.tags().filter((t) => t !== tag));
  }

  private set(tags: string[]): void {
    this.tags.set(tags);
    this.onChange(tags);
    this.onTouched();
  }
}
