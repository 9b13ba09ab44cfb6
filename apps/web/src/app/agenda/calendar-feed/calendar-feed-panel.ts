import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { CalendarFeedState } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { AgendaApi } from '../agenda-api';

/**
 * The caller's calendar subscription: make one, make a new one (the old
 * address stops working), or revoke it. The address is shown once, right
 * after it is made: the server keeps only its hash.
 */
@Component({
  selector: 'hk-calendar-feed-panel',
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslatePipe,
    HkDatePipe,
    Alert,
    Icon,
  ],
  template: `
    <h2 id="feed-title">{{ 'agenda.feed.title' | t }}</h2>
    <p class="intro">{{ 'agenda.feed.intro' | t }}</p>
    @let feed = state();
    <p data-testid="feed-state" aria-live="polite">
      @if (feed?.active && feed?.createdAt) {
        {{ 'agenda.feed.active' | t: { date: (feed?.createdAt | hkDate) } }}
      } @else {
        {{ 'agenda.feed.none' | t }}
      }
    </p>
    @if (url(); as link) {
      <mat-form-field class="url" subscriptSizing="dynamic">
        <mat-label>{{ 'agenda.feed.url' | t }}</mat-label>
        <input matInput readonly data-testid="feed-url" [value]="link" />
        <mat-hint>{{ 'agenda.feed.urlHint' | t }}</mat-hint>
      </mat-form-field>
      <div class="buttons">
        <button matButton="outlined" type="button" (click)="copy(link)">
          <hk-icon matButtonIcon name="content_copy" />
          {{ 'agenda.feed.copy' | t }}
        </button>
        <a matButton="outlined" [href]="webcal()">
          {{ 'agenda.feed.openApple' | t }}
        </a>
      </div>
    }
    @if (failure(); as message) {
      <hk-alert
        ><span>{{ message }}</span></hk-alert
      >
    }
    <div class="buttons">
      <button
        matButton="filled"
        type="button"
        data-testid="feed-create"
        [disabled]="busy()"
        (click)="create()"
      >
        {{ (feed?.active ? 'agenda.feed.renew' : 'agenda.feed.create') | t }}
      </button>
      @if (feed?.active) {
        <button
          matButton="outlined"
          type="button"
          data-testid="feed-revoke"
          [disabled]="busy()"
          (click)="revoke()"
        >
          {{ 'agenda.feed.revoke' | t }}
        </button>
      }
    </div>
    @if (feed?.active) {
      <p class="hint">{{ 'agenda.feed.renewHint' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .intro,
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .url {
      width: 100%;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0;
    }
  `,
  host: { role: 'region', 'aria-labelledby': 'feed-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedPanel implements OnInit {
  private readonly api = inject(AgendaApi);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly state = signal<CalendarFeedState | null>(null);
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** Apple Calendar subscribes from a webcal: link. */
  protected readonly webcal = computed(() =>
    (this.url() ?? '').replace(/^https?:/, 'webcal:'),
  );

  ngOnInit(): void {
    void this.run(async () =>
      this.state.set(await firstValueFrom(this.api.feed())),
    );
  }

  protected create(): Promise<void> {
    return this.run(async () => {
      const made = await firstValueFrom(this.api.createFeed());
      this.url.set(made.url);
      this.state.set({ active: true, createdAt: made.createdAt });
    });
  }

  protected revoke(): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.api.revokeFeed());
      this.url.set(null);
      this.state.set({ active: false, createdAt: null });
      this.snackBar.open(this.i18n.t('agenda.feed.revoked'), undefined, {
        duration: 5000,
      });
    });
  }

  protected async copy(link: string): Promise<void> {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    this.snackBar.open(this.i18n.t('agenda.feed.copied'), undefined, {
      duration: 3000,
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await work();
    } catch (error: unknown) {
      this.failure.set(
        `${this.i18n.t('agenda.feed.failed')} ${this.errors.describe(error)}`,
      );
    } finally {
      this.busy.set(false);
    }
  }
}
