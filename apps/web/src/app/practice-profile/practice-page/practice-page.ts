import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  type PracticeProfile,
  NAME_MAX_LENGTH,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { PracticeApi } from '../practice-api';
import {
  type Field,
  fillForm,
  practiceForm,
  problemOf,
  toRequest,
} from '../practice-form';

/**
 * Instellingen → Praktijk: the letterhead of reports and mail. The owner
 * edits it; everyone else of the practice reads it. Below it, each
 * practitioner's own signature (profession, registration).
 */
@Component({
  selector: 'hk-practice-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslatePipe,
    Alert,
    Icon,
    PageHeader,
    SkeletonRows,
  ],
  templateUrl: './practice-page.html',
  styleUrl: './practice-page.scss',
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticePage implements OnInit {
  private readonly api = inject(PracticeApi);
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);

  protected readonly isOwner = this.auth.isOwner;
  protected readonly form = practiceForm();
  protected readonly signature = new FormGroup({
    profession: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(NAME_MAX_LENGTH)],
    }),
    registration: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(NAME_MAX_LENGTH)],
    }),
  });
  protected readonly profile = signal<PracticeProfile | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly logoError = signal<string | null>(null);
  protected readonly busy = signal<'save' | 'logo' | 'signature' | null>(null);
  protected readonly accept = LOGO_TYPES.join(',');
  protected readonly logoUrl = computed(() => {
    const logo = this.profile()?.logo;
    return logo ? this.api.logoUrl(logo.updatedAt) : null;
  });
  // Control errors are no signal; bump this after setting them from code.
  private readonly revision = signal(0);

  async ngOnInit(): Promise<void> {
    const user = this.auth.user();
    this.signature.reset({
      profession: user?.practitioner.profession ?? '',
      registration: user?.practitioner.registration ?? '',
    });
    if (!this.isOwner()) this.form.disable();
    try {
      this.show(await firstValueFrom(this.api.profile()));
    } catch (error: unknown) {
      this.loadError.set(this.errors.describe(error));
    }
  }

  protected error(field: Field): string | null {
    this.revision();
    const problem = problemOf(this.form.get(field)?.errors ?? null);
    if (!problem) return null;
    if ('server' in problem) return problem.server;
    return this.i18n.t(problem.key as TranslationKey, problem.params);
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.notice.set(null);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.revision.update((r) => r + 1);
      this.failure.set(this.i18n.t('errors.summary'));
      return;
    }
    this.busy.set('save');
    try {
      this.show(await firstValueFrom(this.api.save(toRequest(this.form))));
      this.notice.set(this.i18n.t('practice.saved'));
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected async chooseLogo(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.busy()) return;
    this.notice.set(null);
    this.logoError.set(null);
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      this.logoError.set(this.i18n.t('practice.logo.wrongType'));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      this.logoError.set(this.i18n.t('practice.logo.tooLarge'));
      return;
    }
    this.busy.set('logo');
    try {
      const saved = await firstValueFrom(this.api.uploadLogo(file));
      this.profile.set(saved);
      this.notice.set(this.i18n.t('practice.logo.uploaded'));
    } catch (error: unknown) {
      this.logoError.set(this.errors.describe(error));
    } finally {
      this.busy.set(null);
    }
  }

  protected async removeLogo(): Promise<void> {
    if (this.busy()) return;
    this.busy.set('logo');
    this.logoError.set(null);
    try {
      await firstValueFrom(this.api.removeLogo());
      this.profile.update((p) => (p ? { ...p, logo: null } : p));
      this.notice.set(this.i18n.t('practice.logo.removed'));
    } catch (error: unknown) {
      this.logoError.set(this.errors.describe(error));
    } finally {
      this.busy.set(null);
    }
  }

  protected async saveSignature(): Promise<void> {
    if (this.busy() || this.signature.invalid) return;
    this.busy.set('signature');
    this.notice.set(null);
    try {
      const { profession, registration } = this.signature.getRawValue();
      await firstValueFrom(
        this.api.saveSignature({
          profession: profession.trim() || null,
          registration: registration.trim() || null,
        }),
      );
      await this.auth.refresh();
      this.notice.set(this.i18n.t('practice.signature.saved'));
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    } finally {
      this.busy.set(null);
    }
  }

  private show(profile: PracticeProfile): void {
    this.profile.set(profile);
    fillForm(this.form, profile);
  }

  /** Field messages of a 400 go under their fields; the rest above the form. */
  private showFailure(error: unknown): void {
    const failure = toApiFailure(error);
    const unmatched = failure.details.filter((detail) => {
      const control = this.form.get(detail.field);
      control?.setErrors({ server: detail.message });
      control?.markAsTouched();
      return !control;
    });
    this.revision.update((r) => r + 1);
    this.failure.set(
      failure.details.length && !unmatched.length
        ? this.i18n.t('errors.summary')
        : unmatched.map((detail) => detail.message).join(' ') ||
            this.errors.describe(failure),
    );
  }
}
