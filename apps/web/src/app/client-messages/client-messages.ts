import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
} from '@angular/core';
import {
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
import { MessageCompose } from '../ui/message-thread/message-compose';
import {
  MessageMeta,
  MessageThreadView,
} from '../ui/message-thread/message-thread';

/** The Berichten tab: the thread with the client, and a box to answer. */
@Component({
  selector: 'hk-client-messages',
  imports: [
    HkDatePipe,
    TranslatePipe,
    Alert,
    MessageThreadView,
    MessageMeta,
    MessageCompose,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'clientMessages.title' | t }}</h2>
    <p class="lead">{{ 'clientMessages.intro' | t }}</p>
    @if (loadError(); as message) {
      <hk-alert>{{ message }}</hk-alert>
    }
    @if (thread(); as thread) {
      <hk-message-thread
        own="practitioner"
        testId="client-messages"
        [messages]="thread.messages"
        [emptyText]="'clientMessages.empty' | t"
      >
        <ng-template hkMessageMeta let-m>
          <strong>{{ m.authorName }}</strong>
          @if (m.author === 'client') {
            ({{ 'clientMessages.client' | t }})
          }
          · {{ m.createdAt | hkDate: 'dateTime' }}
          @if (m.author === 'practitioner') {
            ·
            {{
              (m.readAt ? 'clientMessages.read' : 'clientMessages.unread') | t
            }}
          }
        </ng-template>
      </hk-message-thread>
      @if (thread.enabled) {
        <hk-message-compose
          testId="client"
          [(text)]="text"
          [label]="'clientMessages.label' | t"
          [disabled]="busy() || !text().trim()"
          [sendLabel]="
            (busy() ? 'clientMessages.busy' : 'clientMessages.send') | t
          "
          [errorText]="sendError()"
          [sentText]="sent() ? ('clientMessages.sent' | t) : null"
          (send)="send()"
        />
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
  `,
})
export class ClientMessages {
  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorMessage);
  private readonly store = inject(ClientPageStore);
  private readonly client = this.store.client;
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
