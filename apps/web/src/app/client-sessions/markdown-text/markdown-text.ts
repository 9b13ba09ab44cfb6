import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { type Block, parseMarkdown } from '../markdown';

/**
 * A note's Markdown as real elements: headings, lists, bold, italics. Text
 * only ever goes through interpolation, so Angular escapes it; nothing is
 * set as HTML. Until the Markdown reader has loaded, the text shows as
 * typed, line ends kept.
 */
@Component({
  selector: 'hk-markdown-text',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #inlines let-content>
      @for (run of content; track $index) {
        @switch (run.kind) {
          @case ('text') {
            <!-- An element around it, so no template spaces join the text. -->
            <ng-container>{{ run.text }}</ng-container>
          }
          @case ('strong') {
            <strong
              ><ng-container
                *ngTemplateOutlet="
                  inlines;
                  context: { $implicit: run.children }
                "
            /></strong>
          }
          @case ('em') {
            <em
              ><ng-container
                *ngTemplateOutlet="
                  inlines;
                  context: { $implicit: run.children }
                "
            /></em>
          }
          @case ('del') {
            <del
              ><ng-container
                *ngTemplateOutlet="
                  inlines;
                  context: { $implicit: run.children }
                "
            /></del>
          }
          @case ('code') {
            <code>{{ run.text }}</code>
          }
          @case ('br') {
            <br />
          }
        }
      }
    </ng-template>

    <ng-template #blockList let-blocks>
      @for (block of blocks; track $index) {
        @switch (block.kind) {
          @case ('heading') {
            @if (block.level === 3) {
              <h3>
                <ng-container
                  *ngTemplateOutlet="
                    inlines;
                    context: { $implicit: block.content }
                  "
                />
              </h3>
            } @else {
              <h4>
                <ng-container
                  *ngTemplateOutlet="
                    inlines;
                    context: { $implicit: block.content }
                  "
                />
              </h4>
            }
          }
          @case ('paragraph') {
            <p>
              <ng-container
                *ngTemplateOutlet="
                  inlines;
                  context: { $implicit: block.content }
                "
              />
            </p>
          }
          @case ('plain') {
            <ng-container
              *ngTemplateOutlet="inlines; context: { $implicit: block.content }"
            />
          }
          @case ('list') {
            @if (block.ordered) {
              <ol [attr.start]="block.start === 1 ? null : block.start">
                @for (item of block.items; track $index) {
                  <li>
                    <ng-container
                      *ngTemplateOutlet="
                        blockList;
                        context: { $implicit: item }
                      "
                    />
                  </li>
                }
              </ol>
            } @else {
              <ul>
                @for (item of block.items; track $index) {
                  <li>
                    <ng-container
                      *ngTemplateOutlet="
                        blockList;
                        context: { $implicit: item }
                      "
                    />
                  </li>
                }
              </ul>
            }
          }
          @case ('quote') {
            <blockquote>
              <ng-container
                *ngTemplateOutlet="
                  blockList;
                  context: { $implicit: block.blocks }
                "
              />
            </blockquote>
          }
          @case ('code') {
            <pre><code>{{ block.text }}</code></pre>
          }
          @case ('rule') {
            <hr />
          }
        }
      }
    </ng-template>

    @if (blocks(); as blocks) {
      <ng-container
        *ngTemplateOutlet="blockList; context: { $implicit: blocks }"
      />
    } @else {
      <p class="as-typed">{{ text() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    h3,
    h4 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
      font-weight: 600;
    }
    h4 {
      font: var(--mat-sys-label-large);
      font-weight: 600;
    }
    p,
    ul,
    ol,
    blockquote,
    pre {
      margin: 0 0 8px;
    }
    ul,
    ol {
      padding-left: 24px;
    }
    li > ul,
    li > ol {
      margin-bottom: 0;
    }
    blockquote {
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    code {
      font-family: ui-monospace, monospace;
      font-size: 0.9em;
    }
    pre {
      white-space: pre-wrap;
    }
    hr {
      border: 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .as-typed {
      white-space: pre-wrap;
    }
    :host > :first-child {
      margin-top: 0;
    }
  `,
})
export class MarkdownText {
  readonly text = input.required<string>();
  protected readonly blocks = signal<Block[] | null>(null);

  constructor() {
    effect((onCleanup) => {
      const text = this.text();
      let current = true;
      onCleanup(() => (current = false));
      void parseMarkdown(text).then((blocks) => {
        if (current) this.blocks.set(blocks);
      });
    });
  }
}
