import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  MESSAGE_MAX_LENGTH,
  type MessageItem,
  type MessageThread,
  RESOURCE_PATHS,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ClientPageStore } from '../clients/client-page-store';
import { ErrorMessage } from '../core/http/error-message';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Alert } from '../ui/alert/alert';

/** The Berichten tab: the thread with the client, and a box to answer. */
@Component({
  selector: 'hk-client-messages',
  imports: [
    FormsModule,
    MatButton,
    MatFormFieldModule,
    MatInput,
    HkDatePipe,
    TranslatePipe,
    Alert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'clientMessages.title' | t }}</h2>
    <p class="lead">{{ 'clientMessages.intro' | t }}</p>
    @if (loadError(); as message) {
      <hk-alert>{{ message }}</hk-alert>
    }
    @if (thread(); as thread) {
      @if (thread.messages.length) {
        <ol class="thread" data-testid="client-messages">
          @for (m of thread.messages; track m.id) {
            <li [class.own]="m.author === 'practitioner'">
              <p class="meta">
                <strong>{{ m.authorName }}</strong>
                @if (m.author === 'client') {
                  ({{ 'clientMessages.client' | t }})
                }
                · {{ m.createdAt | hkDate: 'dateTime' }}
                @if (m.author === 'practitioner') {
                  ·
                  {{
                    (m.readAt ? 'clientMessages.read' : 'clientMessages.unread')
                      | t
                  }}
                }
              </p>
              <p class="text">{{ m.text }}</p>
            </li>
          }
        </ol>
      } @else {
        <p class="empty">{{ 'clientMessages.empty' | t }}</p>
      }
      @if (thread.enabled) {
        <form class="compose" (ngSubmit)="send()">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'clientMessages.label' | t }}</mat-label>
            <textarea
              matInput
              name="text"
              rows="3"
              data-testid="client-message-text"
              [ngModel]="text()"
              (ngModelChange)="text.set($event)"
            ></textarea>
            <mat-hint align="end">{{ text().length }} / {{ max }}</mat-hint>
          </mat-form-field>
          @if (sendError(); as message) {
            <p role="alert" class="error">{{ message }}</p>
          }
          @if (sent()) {
            <p role="status">{{ 'clientMessages.sent' | t }}</p>
          }
          <button
            matButton="filled"
            type="submit"
            data-testid="client-message-send"
            [disabled]="busy() || !text().trim()"
          >
            {{ (busy() ? 'clientMessages.busy' : 'clientMessages.send') | t }}
          </button>
        </form>
      } @else {
        <p class="empty">{{ 'clientMessages.off' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 720px;
    }
    h2 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-large);
    }
    .lead,
    .empty {
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
    .compose {
      display: flex;
      flex-direction: column;
    }
    .compose button {
      align-self: flex-start;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ClientMessages {
  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorMessage);
  private readonly store = inject(ClientPageStore);
  private readonly client = this.store.client;
  protected readonly max = MESSAGE_MAX_LENGTH;
  protected readonly thread = signal<MessageThread | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly sendError = signal<string | null>(null);
  protected readonly text = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  private loadedFor: string | null = null;

  constructor() {
    effect(() => {
      const id = this.client()?.id;
      if (id && id !== this.loadedFor) {
        this.loadedFor = id;
        void this.load(id);
      }
    });
  }

  private url(id: string): string {
    return RESOURCE_PATHS.clientMessages(id);
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      this.thread.set(
        await firstValueFrom(this.http.get<MessageThread>(this.url(id))),
      );
      // Listing marked the client's messages read: the tab's count goes.
      if (this.client()?.unreadMessages) void this.store.refresh();
    } catch (error) {
      this.loadError.set(this.errors.describe(error));
    }
  }

  protected async send(): Promise<void> {
    const id = this.client()?.id;
    const text = this.text().trim();
    if (!id || !text) return;
    this.busy.set(true);
    this.sent.set(false);
    this.sendError.set(null);
    try {
      const message = await firstValueFrom(
        this.http.post<MessageItem>(this.url(id), { text }),
      );
      const thread = this.thread();
      if (thread)
        this.thread.set({ ...thread, messages: [...thread.messages, message] });
      this.text.set('');
      this.sent.set(true);
    } catch (error) {
      this.sendError.set(this.errors.describe(error));
    } finally {
      this.busy.set(false);
    }
  }
}
