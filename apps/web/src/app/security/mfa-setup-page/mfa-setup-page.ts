import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { Router } from '@angular/router';
import { AuthStore } from '../../core/auth/auth-store';
import { LanguageSwitch } from '../../core/i18n/language-switch';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { BrandMark } from '../../ui/brand-mark/brand-mark';
import { MfaEnrolment } from '../mfa-enrolment/mfa-enrolment';

/**
 * Where a user lands who must use two-step sign-in but has not set it up:
 * the API opens nothing else until this is done.
 */
@Component({
  selector: 'hk-mfa-setup-page',
  imports: [
    MatCard,
    MatCardContent,
    MatButton,
    BrandMark,
    LanguageSwitch,
    MfaEnrolment,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="top"><hk-language-switch /></div>
    <main id="main" class="content">
      <div class="brand">
        <hk-brand-mark class="mark" />
        <p class="name">{{ 'app.name' | t }}</p>
      </div>
      <mat-card appearance="outlined" class="card">
        <mat-card-content>
          <h1 data-testid="page-title">{{ 'security.setup.heading' | t }}</h1>
          <p class="intro">{{ 'security.setup.intro' | t }}</p>
          <hk-mfa-enrolment
            [email]="auth.user()?.practitioner?.email ?? ''"
            (done)="finished()"
          />
          <button matButton type="button" class="out" (click)="auth.logout()">
            {{ 'security.setup.signOut' | t }}
          </button>
        </mat-card-content>
      </mat-card>
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
      background: var(--mat-sys-surface-container-low);
    }
    .top {
      display: flex;
      justify-content: flex-end;
      padding: 8px 12px;
    }
    .content {
      display: flex;
      flex-direction: column;
      align-items: center;
      padding: clamp(16px, 6vh, 64px) 16px 48px;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 12px;
      width: 100%;
      max-width: 640px;
      margin-bottom: 16px;
    }
    .mark {
      width: 40px;
      height: 40px;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-large);
      font-weight: 600;
    }
    .card {
      width: 100%;
      max-width: 640px;
      background: var(--mat-sys-surface);
    }
    mat-card-content {
      padding: 24px;
    }
    h1 {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-small);
    }
    .intro {
      margin: 0 0 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .out {
      margin-top: 16px;
    }
  `,
})
export class MfaSetupPage {
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected async finished(): Promise<void> {
    await this.auth.refresh();
    await this.router.navigateByUrl('/vandaag');
  }
}
