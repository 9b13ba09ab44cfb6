import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { FollowUpSchedule } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { openFollowUpDialog } from '../follow-up-dialog/follow-up-dialog';
import { FollowUpsApi } from '../follow-ups-api';

export interface FollowUpClient {
  id: string;
  email: string | null;
  status: string;
}

/** The client page's "Vervolgmeting": the next one, plan or change it, stop it. */
@Component({
  selector: 'hk-follow-up-block',
  imports: [MatButton, TranslatePipe, Alert, Icon],
  template: `
    <div class="head">
      <h2 id="follow-up-title">{{ 'followUps.title' | t }}</h2>
      @if (loaded() && !archived()) {
        <div class="actions">
          @if (schedule()) {
            <button
              matButton
              type="button"
              data-testid="follow-up-stop"
              [disabled]="busy()"
              (click)="stop()"
            >
              <hk-icon matButtonIcon name="close" />
              {{ 'followUps.stop' | t }}
            </button>
          }
          <button
            matButton="outlined"
            type="button"
            data-testid="follow-up-edit"
            [disabled]="busy()"
            (click)="edit()"
          >
            <hk-icon matButtonIcon name="event" />
            {{ (schedule() ? 'followUps.change' : 'followUps.plan') | t }}
          </button>
        </div>
      }
    </div>
    @if (error(); as message) {
      <hk-alert>
        <span>
          <strong>{{ 'followUps.loadError' | t }}</strong>
          {{ message }}
        </span>
      </hk-alert>
    } @else if (loaded()) {
      @if (summary(); as s) {
        <p class="next" data-testid="follow-up-next">{{ s.next }}</p>
        <p class="rule" data-testid="follow-up-rule">{{ s.rule }}</p>
      } @else {
        <p class="empty" data-testid="follow-up-next">
          {{ 'followUps.none' | t }}
        </p>
        <p class="rule">{{ 'followUps.intro' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .next {
      margin: 8px 0 0;
      font: var(--mat-sys-body-large);
    }
    .rule,
    .empty {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { role: 'region', 'aria-labelledby': 'follow-up-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpBlock {
  private readonly api = inject(FollowUpsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly client = input.required<FollowUpClient>();

  protected readonly schedule = signal<FollowUpSchedule | null>(null);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly archived = computed(
    () => this.client().status === 'archived',
  );
  protected readonly summary = computed(() => {
    const s = this.schedule();
    if (!s) return null;
    const at = new Date(s.nextDueAt);
    const year = this.format.date(at, 'date').slice(-4);
    const sameYear = year === this.format.date(new Date(), 'date').slice(-4);
    const day = this.format.date(at, 'dayHeading');
    const every =
      s.everyWeeks === null
        ? this.i18n.t('followUps.rule.once')
        : this.i18n.t('followUps.rule.every', { count: s.everyWeeks });
    const how =
      s.send === 'email'
        ? this.i18n.t('followUps.sendBy.email', {
            email: this.client().email ?? '',
          })
        : this.i18n.t('followUps.sendBy.link');
    return {
      next: this.i18n.t('followUps.next', {
        date: sameYear ? day : `${day} ${year}`,
      }),
      rule: `${every} · ${this.format.date(at, 'time')} · ${how}`,
    };
  });

  constructor() {
    effect(() => {
      const id = this.client().id;
      untracked(() => void this.load(id));
    });
  }

  protected async edit(): Promise<void> {
    const client = this.client();
    const ref = openFollowUpDialog(this.dialog, {
      client: { id: client.id, email: client.email },
      current: this.schedule(),
      save: (request) => firstValueFrom(this.api.set(client.id, request)),
    });
    const saved = await firstValueFrom(ref.afterClosed());
    if (!saved) return;
    this.schedule.set(saved.schedule);
    this.notify(this.i18n.t('followUps.saved'));
  }

  protected async stop(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.stop(this.client().id));
      this.schedule.set(null);
      this.notify(this.i18n.t('followUps.stopped'));
    } catch (error: unknown) {
      this.notify(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(clientId: string): Promise<void> {
    try {
      const view = await firstValueFrom(this.api.get(clientId));
      this.schedule.set(view.schedule);
      this.error.set(null);
      this.loaded.set(true);
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
