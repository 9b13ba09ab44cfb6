import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import {
  MESSAGE_MAX_LENGTH,
  type MessageThread,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { PortalApi } from '../portal-api';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';

type SendError = 'required' | 'tooLong' | 'failed' | 'off';

/** The client's messages with the practice, and a box to write one (phone first). */
@Component({
  selector: 'hk-portal-messages',
  imports: [
    FormsModule,
    MatButton,
    MatFormFieldModule,
    MatInput,
    HkDatePipe,
    TranslatePipe,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.messages.heading' | t }}</h1>
    <p class="lead">{{ 'portal.messages.intro' | t }}</p>
    @if (thread(); as thread) {
      @if (thread.messages.length) {
        <ol class="thread" data-testid="portal-messages">
          @for (m of thread.messages; track m.id) {
            <li [class.own]="m.author === 'client'">
              <p class="meta">
                <strong>{{
                  m.author === 'client'
                    ? ('portal.messages.you' | t)
                    : m.authorName
                }}</strong>
                · {{ m.createdAt | hkDate: 'dateTime' }}
                @if (m.author === 'client' && m.readAt) {
                  · {{ 'portal.messages.read' | t }}
                }
              </p>
              <p class="text">{{ m.text }}</p>
            </li>
          }
        </ol>
      } @else {
        <p class="empty">{{ 'portal.messages.empty' | t }}</p>
      }
      @if (thread.enabled) {
        <p class="standing" data-testid="portal-messages-standing">
          <hk-icon name="call" />
          <span>{{ 'portal.messages.standing' | t }}</span>
        </p>
        <form class="compose" (ngSubmit)="send()" data-testid="portal-compose">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'portal.messages.label' | t }}</mat-label>
            <textarea
              matInput
              name="text"
              rows="4"
              data-testid="portal-message-text"
              [ngModel]="text()"
              (ngModelChange)="text.set($event)"
            ></textarea>
            <mat-hint align="end">{{ text().length }} / {{ max }}</mat-hint>
          </mat-form-field>
          @if (error(); as error) {
            <p role="alert" class="error" data-testid="portal-message-error">
              {{ errorKey(error) | t: { max: max } }}
            </p>
          }
          @if (sent()) {
            <p role="status" class="sent">{{ 'portal.messages.sent' | t }}</p>
          }
          <button
            matButton="filled"
            type="submit"
            data-testid="portal-message-send"
            [disabled]="busy()"
          >
            {{ (busy() ? 'portal.messages.busy' : 'portal.messages.send') | t }}
          </button>
        </form>
      } @else {
        <p class="standing" data-testid="portal-messages-off">
          {{ 'portal.messages.off' | t }}
        </p>
      }
    } @else if (failed()) {
      <p role="alert">{{ 'portal.loadError' | t }}</p>
      <button matButton="filled" type="button" (click)="load()">
        {{ 'portal.retry' | t }}
      </button>
    } @else {
      <p role="status">{{ 'portal.loading' | t }}</p>
    }
  `,
  styles: `
    h1 {
      margin: 8px 0 4px;
      font: var(--mat-sys-headline-small);
    }
    .lead {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .thread {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    li {
      max-width: 85%;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    li.own {
      align-self: flex-end;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .meta {
      margin: 0 0 4px;
      font: var(--mat-sys-body-small);
    }
    .text {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .standing {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 16px 0 8px;
      padding: 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
    }
    .compose {
      display: flex;
      flex-direction: column;
      align-items: stretch;
    }
    .compose button {
      align-self: flex-start;
    }
    .error {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
    }
    .sent {
      margin: 0 0 8px;
    }
  `,
})
export class PortalMessages implements OnInit {
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);
  protected readonly max = MESSAGE_MAX_LENGTH;
  protected readonly thread = signal<MessageThread | null>(null);
  protected readonly failed = signal(false);
  protected readonly text = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<SendError | null>(null);

  protected errorKey(error: SendError) {
    return `portal.messages.${error}` as const;
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      this.thread.set(await firstValueFrom(this.api.messages()));
      this.state.signedIn.set(true);
    } catch (error) {
      if (!leaveOnSessionLoss(error, this.state, this.router))
        this.failed.set(true);
    }
  }

  protected async send(): Promise<void> {
    const text = this.text().trim();
    this.sent.set(false);
    if (!text) return this.error.set('required');
    if (text.length > this.max) return this.error.set('tooLong');
    this.error.set(null);
    this.busy.set(true);
    try {
      const message = await firstValueFrom(this.api.sendMessage(text));
      const thread = this.thread();
      if (thread)
        this.thread.set({ ...thread, messages: [...thread.messages, message] });
      this.text.set('');
      this.sent.set(true);
    } catch (error) {
      if (leaveOnSessionLoss(error, this.state, this.router)) return;
      if (error instanceof HttpErrorResponse && error.status === 409) {
        this.error.set('off');
        const thread = this.thread();
        if (thread) this.thread.set({ ...thread, enabled: false });
      } else this.error.set('failed');
    } finally {
      this.busy.set(false);
    }
  }
}
