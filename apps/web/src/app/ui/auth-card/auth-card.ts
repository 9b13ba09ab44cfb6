import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { LanguageSwitch } from '../../core/i18n/language-switch';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { BrandMark } from '../brand-mark/brand-mark';

/**
 * The frame of the pages before signing in (sign-in, set and reset
 * password): the language switch, the brand and one card holding the form.
 */
@Component({
  selector: 'hk-auth-card',
  imports: [MatCard, MatCardContent, LanguageSwitch, TranslatePipe, BrandMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.wide]': 'wide()' },
  template: `
    <div class="top">
      <hk-language-switch />
    </div>

    <main id="main" class="content">
      <div class="brand">
        <hk-brand-mark class="mark" />
        @if (tagline()) {
          <div>
            <p class="name">{{ 'app.name' | t }}</p>
            <p class="tagline">{{ 'app.tagline' | t }}</p>
          </div>
        } @else {
          <p class="name">{{ 'app.name' | t }}</p>
        }
      </div>

      <mat-card appearance="outlined" class="card">
        <mat-card-content>
          <ng-content />
        </mat-card-content>
      </mat-card>
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
      background:
        radial-gradient(
          ellipse 80% 50% at 50% 0%,
          color-mix(in srgb, var(--mat-sys-primary-container) 55%, transparent),
          transparent
        ),
        var(--mat-sys-surface-container-low);
      --auth-card-width: 420px;
    }
    :host(.wide) {
      --auth-card-width: 440px;
    }
    .top {
      display: flex;
      justify-content: flex-end;
      padding: 8px 12px;
    }
    .content {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      /* Anchored to the top, so an error message does not shift the form. */
      padding: clamp(16px, 10vh, 96px) 16px 48px;
    }
    :host(.wide) .content {
      padding-top: clamp(16px, 8vh, 80px);
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 12px;
      width: 100%;
      max-width: var(--auth-card-width);
      margin: 0 0 24px;
    }
    .mark {
      width: 44px;
      height: 44px;
    }
    .brand p {
      margin: 0;
    }
    .name {
      font: var(--mat-sys-title-large);
      font-weight: 600;
      color: var(--mat-sys-on-surface);
    }
    .tagline {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .card {
      width: 100%;
      max-width: var(--auth-card-width);
      background: var(--mat-sys-surface);
    }
    /* As specific as Material's own first-child padding, which it replaces. */
    .card mat-card-content {
      padding: 24px;
    }
  `,
})
export class AuthCard {
  /** The product's tagline under its name (on the sign-in page). */
  readonly tagline = input(false);
  /** The wider card of the password pages, which explain more. */
  readonly wide = input(false);
}
