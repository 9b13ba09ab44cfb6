import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { parseMarkdown } from '../markdown';

/**
 * A note's light markdown as real elements. Text only ever goes through
 * interpolation, so Angular escapes it; nothing is set as HTML.
 */
@Component({
  selector: 'hk-markdown-text',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #runs let-content>
      @for (run of content; track $index) {
        @if (run.bold) {
          <strong>{{ run.text }}</strong>
        } @else {
          {{ run.text }}
        }
      }
    </ng-template>
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('heading') {
          @if (block.level === 3) {
            <h3>
              <ng-container
                *ngTemplateOutlet="runs; context: { $implicit: block.content }"
              />
            </h3>
          } @else {
            <h4>
              <ng-container
                *ngTemplateOutlet="runs; context: { $implicit: block.content }"
              />
            </h4>
          }
        }
        @case ('paragraph') {
          <p>
            @for (line of block.lines; track $index; let last = $last) {
              <ng-container
                *ngTemplateOutlet="runs; context: { $implicit: line }"
              />
              @if (!last) {
                <br />
              }
            }
          </p>
        }
        @case ('list') {
          @if (block.ordered) {
            <ol>
              @for (item of block.items; track $index) {
                <li>
                  <ng-container
                    *ngTemplateOutlet="runs; context: { $implicit: item }"
                  />
                </li>
              }
            </ol>
          } @else {
            <ul>
              @for (item of block.items; track $index) {
                <li>
                  <ng-container
                    *ngTemplateOutlet="runs; context: { $implicit: item }"
                  />
                </li>
              }
            </ul>
          }
        }
      }
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
    ol {
      margin: 0 0 8px;
    }
    ul,
    ol {
      padding-left: 24px;
    }
    :host > :first-child {
      margin-top: 0;
    }
  `,
})
export class MarkdownText {
  readonly text = input.required<string>();
  protected readonly blocks = computed(() => parseMarkdown(this.text()));
}
