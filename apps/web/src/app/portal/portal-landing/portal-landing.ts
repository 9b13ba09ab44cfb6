import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
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
import { Router } from '@angular/router';
import type { PortalContact } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { DateInput } from '../../core/forms/date-input';
import {
  birthDateValidator,
  parseDutchDate,
} from '../../core/forms/dutch-date';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { PortalApi } from '../portal-api';
import { linkFailure } from '../portal-failure';
import { PortalState } from '../portal-state';
import { UnavailableLink } from '../unavailable-link/unavailable-link';

type Phase =
  'loading' | 'verify' | 'opening' | 'unavailable' | 'locked' | 'error';

/**
 * Where a link from the practice lands: the date-of-birth check (skipped on
 * a browser that passed it before), then "Mijn kompas". A used, expired or
 * locked link gets a calm page with whom to contact.
 */
@Component({
  selector: 'hk-portal-landing',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    DateInput,
    TranslatePipe,
    Icon,
    UnavailableLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-landing.html',
  styleUrl: './portal-landing.scss',
})
export class PortalLanding implements OnInit {
  readonly token = input.required<string>();
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('dob');

  protected readonly phase = signal<Phase>('loading');
  protected readonly practiceName = signal('');
  protected readonly contact = signal<PortalContact | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = new FormGroup({
    dateOfBirth: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, birthDateValidator()],
    }),
  });
  protected readonly dateOfBirth = this.form.controls.dateOfBirth;

  async ngOnInit(): Promise<void> {
    try {
      const link = await firstValueFrom(this.api.link(this.token()));
      await this.i18n.use(link.language);
      this.practiceName.set(link.practiceName);
      if (link.status === 'ready') await this.open();
      else this.phase.set('verify');
    } catch (error) {
      this.fail(error);
    }
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.dateOfBirth.markAsTouched();
    const iso = parseDutchDate(this.dateOfBirth.value);
    if (this.dateOfBirth.invalid || !iso) {
      this.field()?.nativeElement.focus();
      return;
    }
    await this.open(iso);
  }

  private async open(dateOfBirth?: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.signIn(this.token(), dateOfBirth));
      this.phase.set('opening');
      this.state.signedIn.set(true);
      await this.router.navigate(['/portaal'], { replaceUrl: true });
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    const failure = linkFailure(error);
    switch (failure.kind) {
      case 'unavailable':
      case 'locked':
        this.contact.set(failure.contact);
        this.phase.set(failure.kind);
        return;
      case 'verify_required':
        this.phase.set('verify');
        return;
      case 'verify':
        this.phase.set('verify');
        this.error.set(failure.message);
        this.field()?.nativeElement.focus();
        return;
      default:
        this.phase.set('error');
    }
  }
}
