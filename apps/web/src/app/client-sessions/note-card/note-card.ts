import { RouterLink } from '@angular/router';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { SessionNote } from '@herstelkompas/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { MarkdownText } from '../markdown-text/markdown-text';
import { noteStatusKey, sessionTypeKey } from '../session-labels';
import { SessionsStore } from '../sessions-store';

/**
 * One session note as read back: what happened, homework, next steps and,
 * under a signed note, its addenda. A draft can be opened for editing by its
 * author only (the API refuses anyone else, the owner included); others see
 * whose draft it is and add an addendum once it is signed.
 */
@Component({
  selector: 'hk-note-card',
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
    HkDatePipe,
    Alert,
    DomainChip,
    Icon,
    MarkdownText,
    RouterLink,
  ],
  templateUrl: './note-card.html',
  styleUrl: './note-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteCard {
  private readonly store = inject(SessionsStore);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthStore);

  readonly note = input.required<SessionNote>();
  /** The client has pain focus off: pain scores stay out of sight. */
  readonly hidePain = input(false);
  readonly edit = output<SessionNote>();

  protected readonly mine = computed(
    () => this.note().author.id === this.auth.user()?.practitioner.id,
  );
  protected readonly typeKey = sessionTypeKey;
  protected readonly statusKey = noteStatusKey;
  protected readonly adding = signal(false);
  protected readonly addendum = signal('');
  protected readonly addendumError = signal<string | null>(null);
  protected readonly saving = signal(false);

  protected startAddendum(): void {
    this.adding.set(true);
    this.addendumError.set(null);
  }

  protected cancelAddendum(): void {
    this.adding.set(false);
    this.addendum.set('');
    this.addendumError.set(null);
  }

  protected async saveAddendum(): Promise<void> {
    const text = this.addendum().trim();
    if (!text) {
      this.addendumError.set(this.i18n.t('clientSessions.addendum.required'));
      return;
    }
    this.saving.set(true);
    try {
      await this.store.addAddendum(this.note().id, text);
      this.cancelAddendum();
      this.snackBar.open(
        this.i18n.t('clientSessions.addendum.saved'),
        undefined,
        { duration: 4000 },
      );
    } catch (error: unknown) {
      // The text stays in the box, so nothing typed is lost.
      this.addendumError.set(
        `${this.i18n.t('clientSessions.addendum.error')} ${this.errors.describe(error)}`,
      );
    } finally {
      this.saving.set(false);
    }
  }
}
