import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { DateInput } from '../../core/forms/date-input';
import {
  birthDateValidator,
  parseDutchDate,
} from '../../core/forms/dutch-date';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { IntakeStore } from '../intake-store';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';

/**
 * The date-of-birth check before anything personal is shown. One field that
 * takes dd-mm-jjjj (or 8 digits) from a phone's number pad.
 */
@Component({
  selector: 'hk-intake-gate',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    DateInput,
    TranslatePipe,
    Icon,
    FocusHeading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-gate.html',
  styleUrl: './intake-gate.scss',
})
export class IntakeGate {
  protected readonly store = inject(IntakeStore);
  private readonly field =
    viewChild.required<ElementRef<HTMLInputElement>>('dob');

  protected readonly form = new FormGroup({
    dateOfBirth: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, birthDateValidator()],
    }),
  });
  protected readonly dateOfBirth = this.form.controls.dateOfBirth;

  protected submit(): void {
    if (this.store.busy()) return;
    this.dateOfBirth.markAsTouched();
    const iso = parseDutchDate(this.dateOfBirth.value);
    if (this.dateOfBirth.invalid || !iso) {
      this.field().nativeElement.focus();
      return;
    }
    void this.store.verify(iso);
  }
}
