import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import { MESSAGE_MAX_LENGTH } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { MessageCompose } from '../../ui/message-thread/message-compose';
import {
  MessageMeta,
  MessageThreadView,
} from '../../ui/message-thread/message-thread';
import { PortalApi } from '../portal-api';
import { PortalLoadState, portalRead } from '../portal-read';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';

type SendError = 'required' | 'tooLong' | 'failed' | 'off';

/** The client's messages with the practice, and a box to write one (phone first). */
@Component({
  selector: 'hk-portal-messages',
  imports: [
    PortalLoadState,
    HkDatePipe,
    TranslatePipe,
    Icon,
    MessageThreadView,
    MessageMeta,
    MessageCompose,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.messages.heading' | t }}</h1>
    <p class="lead">{{ 'portal.messages.intro' | t }}</p>
    @if (thread(); as thread) {
      <hk-message-thread
        own="client"
        testId="portal-messages"
        [messages]="thread.messages"
        [emptyText]="'portal.messages.empty' | t"
      >
        <ng-template hkMessageMeta let-m>
          <strong>{{
            m.author === 'client' ? ('portal.messages.you' | t) : m.authorName
          }}</strong>
          · {{ m.createdAt | hkDate: 'dateTime' }}
          @if (m.author === 'client' && m.readAt) {
            · {{ 'portal.messages.read' | t }}
          }
        </ng-template>
      </hk-message-thread>
      @if (thread.enabled) {
        @let sendError = error();
        <p class="standing" data-testid="portal-messages-standing">
          <hk-icon name="call" />
          <span>{{ 'portal.messages.standing' | t }}</span>
        </p>
        <hk-message-compose
          testId="portal"
          [dense]="true"
          [rows]="4"
          [(text)]="text"
          [label]="'portal.messages.label' | t"
          [disabled]="busy()"
          [sendLabel]="
            (busy() ? 'portal.messages.busy' : 'portal.messages.send') | t
          "
          [errorText]="
            sendError ? (errorKey(sendError) | t: { max: max }) : null
          "
          [sentText]="sent() ? ('portal.messages.sent' | t) : null"
          (send)="send()"
        />
      } @else {
        <p class="standing" data-testid="portal-messages-off">
          {{ 'portal.messages.off' | t }}
        </p>
      }
    } @else {
      <hk-portal-load-state [failed]="failed()" (retry)="load()" />
    }
  `,
  styleUrl: '../portal-page.scss',
  styles: `
    .standing {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 16px 0 8px;
      padding: 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class PortalMessages implements OnInit {
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);
  protected readonly max = MESSAGE_MAX_LENGTH;
  private readonly read = portalRead(() => this.api.messages());
  protected readonly thread = this.read.value;
  protected readonly failed = this.read.failed;
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

  protected load(): Promise<void> {
    return this.read.load();
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
