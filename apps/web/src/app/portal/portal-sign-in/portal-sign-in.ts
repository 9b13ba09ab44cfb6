import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { emailValidator } from '../../core/forms/email-validator';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { PortalApi } from '../portal-api';

/** Later visits: the client asks for a sign-in link by e-mail. */
@Component({
  selector: 'hk-portal-sign-in',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    TranslatePipe,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.signIn.heading' | t }}</h1>
    @if (expired) {
      <p class="notice" role="status">{{ 'portal.expired' | t }}</p>
    }
    @if (sent()) {
      <p class="sent" role="status" data-testid="portal-link-sent">
        <hk-icon name="mail" /><span>{{ 'portal.signIn.sent' | t }}</span>
      </p>
    } @else {
      <p>{{ 'portal.signIn.intro' | t }}</p>
      <form novalidate (ngSubmit)="submit()">
        <mat-form-field>
          <mat-label>{{ 'portal.signIn.emailLabel' | t }}</mat-label>
          <input
            matInput
            type="email"
            autocomplete="email"
            [formControl]="email"
          />
          @if (email.invalid) {
            <mat-error>{{ 'portal.signIn.invalid' | t }}</mat-error>
          }
        </mat-form-field>
        @if (failed()) {
          <p class="error" role="alert">{{ 'portal.signIn.failed' | t }}</p>
        }
        <button
          matButton="filled"
          type="submit"
          [attr.aria-busy]="busy() || null"
        >
          {{ (busy() ? 'portal.signIn.busy' : 'portal.signIn.submit') | t }}
        </button>
      </form>
    }
  `,
  styles: `
    h1 {
      margin: 8px 0 12px;
      font: var(--mat-sys-headline-small);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 360px;
    }
    button {
      min-height: 48px;
    }
    .sent,
    .notice {
      display: flex;
      gap: 8px;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-large);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class PortalSignIn {
  private readonly api = inject(PortalApi);
  protected readonly expired =
    inject(ActivatedRoute).snapshot.queryParamMap.get('reden') === 'verlopen';
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, emailValidator],
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly failed = signal(false);

  protected async submit(): Promise<void> {
    this.email.markAsTouched();
    if (this.email.invalid || this.busy()) return;
    this.busy.set(true);
    this.failed.set(false);
    try {
      await firstValueFrom(this.api.requestLink(this.email.value.trim()));
      this.sent.set(true);
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(false);
    }
  }
}
