import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  LEGAL_BASES,
  type ClientDetail,
  type LegalBasis,
  type TeamMember,
} from '@herstelkompas/contracts';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { DateInput } from '../../core/forms/date-input';
import type { HasUnsavedChanges } from '../../core/forms/unsaved-changes-guard';
import { toApiFailure } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/http/error-message';
import type { LoadStatus } from '../../core/http/load-state';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { textKey } from '../../core/i18n/translations';
import { TeamApi } from '../../team/team-api';
import { Alert } from '../../ui/alert/alert';
import { PageHeader } from '../../ui/page-header/page-header';
import { ClientsApi } from '../clients-api';
import {
  COMPLAINT_FIELDS,
  type ClientField,
  applyServerErrors,
  buildClientForm,
  toCreateRequest,
  toFormValue,
  toUpdateRequest,
} from './client-form-model';
import {
  FIELD_LABELS,
  fieldMessage,
  savedValueOf,
} from './client-form-messages';
import { TagsInput } from './tags-input';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/** Create a client (/clienten/nieuw) or edit one (/clienten/:id/bewerken). */
@Component({
  selector: 'hk-client-form',
  imports: [
    LoadStateBlock,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    MatButton,
    TranslatePipe,
    DateInput,
    PageHeader,
    Alert,
    TagsInput,
  ],
  templateUrl: './client-form.html',
  styleUrl: './client-form.scss',
  // Long hints wrap on phones; let the space under a field grow with them.
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class ClientForm implements HasUnsavedChanges {
  private readonly api = inject(ClientsApi);
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter; absent when creating. */
  readonly id = input<string>();

  protected readonly form = buildClientForm();
  protected readonly legalBases = LEGAL_BASES;
  protected readonly isOwner = this.auth.isOwner;
  protected readonly load = signal<LoadStatus>('loading');
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** `detected` after a 409; `loaded` once the newest version is fetched. */
  protected readonly conflict = signal<'none' | 'detected' | 'loaded'>('none');
  /** The version edits are based on; after a conflict, the newest one. */
  private readonly base = signal<ClientDetail | null>(null);
  // Bumped after async changes to the controls' errors, which are no signal.
  private readonly revision = signal(0);
  /** A save was tried: from then on the summary lists what is left. */
  private readonly attempted = signal(false);

  protected readonly practitioners = toSignal(
    inject(TeamApi)
      .list()
      .pipe(
        map((team) => team.filter((member) => member.active)),
        catchError(() => of<TeamMember[]>([])),
      ),
    { initialValue: [] },
  );
  protected readonly heading = computed(() =>
    this.id()
      ? textKey('clients.form.editTitle')
      : textKey('clients.form.newTitle'),
  );

  protected readonly clientName = computed(() => this.base()?.displayName);
  protected readonly cancelLink = computed(() => {
    const id = this.id();
    return id ? ['/clienten', id] : ['/clienten'];
  });
  protected readonly complaintFields = COMPLAINT_FIELDS;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id ? void this.fetch(id) : this.startNew()));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.form.dirty) event.preventDefault();
  }

  /**
   * After a save that did not go through: every field with a problem, in
   * form order, so nothing is missed further down a long form.
   */
  protected summary(): {
    field: ClientField;
    label: string;
    message: string;
  }[] {
    if (!this.attempted()) return [];
    this.revision();
    return (Object.keys(this.form.controls) as ClientField[]).flatMap(
      (field) => {
        const message = this.form.controls[field].invalid
          ? this.error(field)
          : null;
        return message
          ? [{ field, label: this.i18n.t(FIELD_LABELS[field]), message }]
          : [];
      },
    );
  }

  protected goTo(field: ClientField, event: Event): void {
    event.preventDefault();
    this.host.nativeElement
      .querySelector<HTMLElement>(
        `[data-testid="field-${field}"], [formcontrolname="${field}"] input`,
      )
      ?.focus();
  }

  /** The message under a field: the API's, else the client-side rule's. */
  protected error(field: ClientField): string | null {
    this.revision();
    return fieldMessage(this.form.controls[field].errors, field, this.i18n);
  }

  /** After a conflict: the value now stored, where it differs from the form. */
  protected savedValue(field: ClientField): string | null {
    const latest = this.base();
    if (this.conflict() !== 'loaded' || !latest) return null;
    return savedValueOf(this.form.getRawValue(), latest, field, this.i18n);
  }

  protected basisLabel(basis: LegalBasis) {
    return `clients.form.legalBases.${basis}` as const;
  }

  protected basisHelp(basis: LegalBasis) {
    return `clients.form.legalBasisHelp.${basis}` as const;
  }

  protected retryLoad(): void {
    const id = this.id();
    if (id) void this.fetch(id);
  }

  protected async save(): Promise<void> {
    if (this.pending()) return;
    this.attempted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.revision.update((r) => r + 1);
      this.focusFirstInvalid();
      return;
    }
    this.failure.set(null);
    this.pending.set(true);
    try {
      const saved = await this.send();
      this.form.markAsPristine();
      await this.router.navigate(['/clienten', saved.id]);
      this.snackBar.open(this.i18n.t('clients.form.saved'), undefined, {
        duration: 4000,
      });
    } catch (error: unknown) {
      this.handleFailure(error);
    } finally {
      this.pending.set(false);
    }
  }

  protected async loadLatest(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      this.base.set(await firstValueFrom(this.api.get(id)));
      this.conflict.set('loaded');
    } catch (error: unknown) {
      this.failure.set(this.errors.describe(error));
    }
  }

  /** Drops what was typed and shows the newest version. */
  protected takeLatest(): void {
    const latest = this.base();
    if (!latest) return;
    this.form.reset(toFormValue(latest));
    this.conflict.set('none');
  }

  private async send(): Promise<ClientDetail> {
    const value = this.form.getRawValue();
    const id = this.id();
    if (!id) {
      return firstValueFrom(
        this.api.create(toCreateRequest(value, this.isOwner())),
      );
    }
    const base = this.base();
    if (!base) throw new Error('No client loaded to update');
    const request = toUpdateRequest(value, base);
    // Nothing changed: no request, so the log does not record a fake change.
    return request ? firstValueFrom(this.api.update(id, request)) : base;
  }

  private handleFailure(error: unknown): void {
    const failure = toApiFailure(error);
    if (failure.status === 409) {
      this.conflict.set('detected');
    } else if (failure.status === 400 && failure.details.length) {
      const other = applyServerErrors(this.form, failure.details);
      this.failure.set(
        other.length
          ? other.map((detail) => detail.message).join(' ')
          : this.i18n.t('errors.summary'),
      );
      this.revision.update((r) => r + 1);
      this.focusFirstInvalid();
    } else {
      this.failure.set(this.errors.describe(failure));
    }
  }

  private startNew(): void {
    const self = this.auth.user()?.practitioner.id ?? '';
    this.form.reset({
      ...this.form.getRawValue(),
      responsiblePractitionerId: self,
    });
    this.load.set('ready');
  }

  private async fetch(id: string): Promise<void> {
    this.load.set('loading');
    try {
      const client = await firstValueFrom(this.api.get(id));
      this.base.set(client);
      this.form.reset(toFormValue(client));
      this.load.set('ready');
    } catch (error: unknown) {
      this.load.set(toApiFailure(error).status === 404 ? 'notFound' : 'error');
      this.failure.set(this.errors.describe(error));
    }
  }

  private focusFirstInvalid(): void {
    // After the view updated, so the mat-error is in place for readers.
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>(
          'input.ng-invalid, mat-select.ng-invalid, hk-tags-input.ng-invalid input',
        )
        ?.focus(),
    );
  }
}
