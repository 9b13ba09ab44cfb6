import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  Directive,
  inject,
  input,
  TemplateRef,
} from '@angular/core';
import type { MessageItem } from '@herstelkompas/contracts';

interface MessageMetaContext {
  $implicit: MessageItem;
}

/**
 * The line above a message (who, when, read or not): each side words it
 * its own way, so the thread takes it as a template.
 */
@Directive({ selector: 'ng-template[hkMessageMeta]' })
export class MessageMeta {
  readonly template = inject<TemplateRef<MessageMetaContext>>(TemplateRef);

  static ngTemplateContextGuard(
    _dir: MessageMeta,
    _context: unknown,
  ): _context is MessageMetaContext {
    return true;
  }
}

/**
 * A conversation between a client and the practice, the reader's own
 * messages on the right. The practitioner's Berichten tab and the client's
 * portal show the same thread; each brings its own texts.
 */
@Component({
  selector: 'hk-message-thread',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (messages().length) {
      <ol class="thread" [attr.data-testid]="testId()">
        @for (m of messages(); track m.id) {
          <li [class.own]="m.author === own()">
            <p class="meta">
              <ng-container
                [ngTemplateOutlet]="meta().template"
                [ngTemplateOutletContext]="{ $implicit: m }"
              />
            </p>
            <p class="text">{{ m.text }}</p>
          </li>
        }
      </ol>
    } @else {
      <p class="empty">{{ emptyText() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
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
  `,
})
export class MessageThreadView {
  readonly messages = input.required<readonly MessageItem[]>();
  /** Whose messages are the reader's own. */
  readonly own = input.required<MessageItem['author']>();
  readonly emptyText = input.required<string>();
  readonly testId = input.required<string>();
  protected readonly meta = contentChild.required(MessageMeta);
}
