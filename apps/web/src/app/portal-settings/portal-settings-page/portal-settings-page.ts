import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import {
  PRACTICE_LESSON_LIMITS,
  type BuiltinLessonSetting,
  type PracticeLessonItem,
  type PracticeLessons,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { MarkdownText } from '../../client-sessions/markdown-text/markdown-text';
import { AuthStore } from '../../core/auth/auth-store';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LocalizedPipe } from '../../portal/localized-pipe';
import { Alert } from '../../ui/alert/alert';
import { Confirm } from '../../ui/confirm-dialog/confirm';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { PortalSettingsApi } from '../portal-settings-api';

const L = PRACTICE_LESSON_LIMITS;
type Field = 'title' | 'minutes' | 'body';

/** The lesson form: the same limits the API keeps. */
export function lessonForm() {
  return new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(L.titleMax)],
    }),
    minutes: new FormControl<number | null>(3, {
      validators: [
        Validators.required,
        Validators.min(L.minutesMin),
        Validators.max(L.minutesMax),
      ],
    }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(L.bodyMax)],
    }),
  });
}

/**
 * Instellingen → Portaal: which of our six lessons the practice's clients
 * see, and the practice's own lessons, written in Markdown with a preview
 * drawn the way the portal draws it. The owner changes; others read.
 */
@Component({
  selector: 'hk-portal-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCard,
    MatCardContent,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSlideToggle,
    TranslatePipe,
    LocalizedPipe,
    HkDatePipe,
    Alert,
    Icon,
    PageHeader,
    SkeletonRows,
    MarkdownText,
  ],
  templateUrl: './portal-settings-page.html',
  styleUrl: './portal-settings-page.scss',
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalSettingsPage implements OnInit {
  private readonly api = inject(PortalSettingsApi);
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly confirm = inject(Confirm);

  protected readonly limits = L;
  protected readonly isOwner = this.auth.isOwner;
  protected readonly lessons = signal<PracticeLessons | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The lesson being written: `new`, an own lesson's id, or none. */
  protected readonly editing = signal<'new' | string | null>(null);
  protected readonly form = lessonForm();
  protected readonly body = toSignal(this.form.controls.body.valueChanges, {
    initialValue: '',
  });
  protected readonly canEdit = computed(() => !!this.lessons()?.canEdit);
  // Control errors are no signal; bump this after setting them from code.
  private readonly revision = signal(0);

  async ngOnInit(): Promise<void> {
    try {
      this.lessons.set(await firstValueFrom(this.api.lessons()));
    } catch (error: unknown) {
      this.loadError.set(this.errors.describe(error));
    }
  }

  protected async toggle(
    lesson: BuiltinLessonSetting,
    shown: boolean,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.failure.set(null);
    try {
      this.lessons.set(
        await firstValueFrom(this.api.setHidden(lesson.id, !shown)),
      );
      const title = lesson.title[this.i18n.language()];
      this.notice.set(
        this.i18n.t(
          shown
            ? 'portalSettings.builtin.savedShown'
            : 'portalSettings.builtin.savedHidden',
          { title },
        ),
      );
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
      // The switch shows what is stored, not what was tried.
      this.lessons.update((l) => (l ? { ...l } : l));
    } finally {
      this.busy.set(false);
    }
  }

  protected startNew(): void {
    this.form.reset({ title: '', minutes: 3, body: '' });
    this.editing.set('new');
    this.notice.set(null);
    this.failure.set(null);
  }

  protected startEdit(lesson: PracticeLessonItem): void {
    this.form.reset({
      title: lesson.title,
      minutes: lesson.minutes,
      body: lesson.body,
    });
    this.editing.set(lesson.id);
    this.notice.set(null);
    this.failure.set(null);
  }

  protected cancel(): void {
    this.editing.set(null);
    this.failure.set(null);
  }

  protected error(field: Field): string | null {
    this.revision();
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    const e = control.errors;
    if (e['server']) return e['server'] as string;
    if (e['required']) return this.i18n.t('portalSettings.form.required');
    if (e['maxlength'])
      return this.i18n.t('portalSettings.form.tooLong', {
        max: (e['maxlength'] as { requiredLength: number }).requiredLength,
      });
    return this.i18n.t('portalSettings.form.minutesRange', {
      min: L.minutesMin,
      max: L.minutesMax,
    });
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (this.busy() || !editing) return;
    this.notice.set(null);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.revision.update((r) => r + 1);
      this.failure.set(this.i18n.t('errors.summary'));
      return;
    }
    const { title, minutes, body } = this.form.getRawValue();
    const request = { title, minutes: Number(minutes), body };
    this.busy.set(true);
    try {
      await firstValueFrom(
        editing === 'new'
          ? this.api.create(request)
          : this.api.update(editing, request),
      );
      this.lessons.set(await firstValueFrom(this.api.lessons()));
      this.editing.set(null);
      this.notice.set(this.i18n.t('portalSettings.own.saved'));
    } catch (error: unknown) {
      this.showFailure(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(lesson: PracticeLessonItem): Promise<void> {
    if (this.busy()) return;
    const yes = await this.confirm.ask({
      title: this.i18n.t('portalSettings.own.confirmTitle'),
      body: this.i18n.t('portalSettings.own.confirmBody', {
        title: lesson.title,
      }),
      confirm: this.i18n.t('portalSettings.own.confirm'),
      cancel: this.i18n.t('portalSettings.own.cancel'),
      destructive: true,
    });
    if (!yes) return;
    this.busy.set(true);
    this.notice.set(null);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.remove(lesson.id));
      this.lessons.update((l) =>
        l ? { ...l, own: l.own.filter((o) => o.id !== lesson.id) } : l,
      );
      if (this.editing() === lesson.id) this.editing.set(null);
      this.notice.set(this.i18n.t('portalSettings.own.removed'));
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
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
