import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type {
  AccessLogEntry,
  AuditAction,
  AuditOutcome,
  PractitionerRole,
} from '@herstelkompas/contracts';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { eventLabelKey } from './access-log-labels';

/** The log's lines: when, what (in words and NEN 7513 code), who, for whom. */
@Component({
  selector: 'hk-access-log-table',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    TranslatePipe,
    HkDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll">
      <table
        mat-table
        [dataSource]="entries()"
        [attr.aria-label]="'accessLog.tableLabel' | t"
      >
        <ng-container matColumnDef="time">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'accessLog.columns.time' | t }}
          </th>
          <td
            mat-cell
            *matCellDef="let entry"
            [attr.data-label]="'accessLog.columns.time' | t"
            class="nowrap"
          >
            {{ entry.occurredAt | hkDate: 'dateTime' }}
          </td>
        </ng-container>
        <ng-container matColumnDef="event">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'accessLog.columns.event' | t }}
          </th>
          <td
            mat-cell
            *matCellDef="let entry"
            [attr.data-label]="'accessLog.columns.event' | t"
          >
            {{ eventLabel(entry.event) }}
            @if (entry.outcome !== 'success') {
              <span class="outcome">{{ outcome(entry.outcome) | t }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="action">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'accessLog.columns.action' | t }}
          </th>
          <td
            mat-cell
            *matCellDef="let entry"
            [attr.data-label]="'accessLog.columns.action' | t"
            class="nowrap"
          >
            <span class="code">{{ entry.action }}</span>
            <span class="muted">{{ actionLabel(entry.action) | t }}</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="user">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'accessLog.columns.user' | t }}
          </th>
          <td
            mat-cell
            *matCellDef="let entry"
            [attr.data-label]="'accessLog.columns.user' | t"
          >
            {{ entry.user?.displayName ?? (nobodyLabel(entry) | t) }}
            @if (entry.role) {
              <span class="muted">{{ roleLabel(entry.role) | t }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="onBehalfOf">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'accessLog.columns.onBehalfOf' | t }}
          </th>
          <td
            mat-cell
            *matCellDef="let entry"
            [attr.data-label]="'accessLog.columns.onBehalfOf' | t"
          >
            {{ entry.onBehalfOf?.displayName ?? '–' }}
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr
          mat-row
          *matRowDef="let entry; columns: columns"
          data-testid="access-log-row"
        ></tr>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .scroll {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    table {
      width: 100%;
      --mat-table-background-color: var(--mat-sys-surface);
    }
    .nowrap {
      white-space: nowrap;
    }
    .code {
      display: inline-block;
      min-width: 1.5em;
      margin-right: 6px;
      padding: 0 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      font-family: ui-monospace, monospace;
      text-align: center;
    }
    .muted {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .code + .muted {
      display: inline;
    }
    /* On a phone every line is a card: label above value, nothing off screen. */
    @media (max-width: 599px) {
      .scroll {
        overflow-x: visible;
        border: 0;
      }
      table.mat-mdc-table,
      /* The table makes its tbody itself, outside this template's styles. */
      :host ::ng-deep tbody,
      tr.mat-mdc-row,
      td.mat-mdc-cell {
        display: block;
        box-sizing: border-box;
        width: 100%;
      }
      tr.mat-mdc-header-row {
        display: none;
      }
      tr.mat-mdc-row {
        height: auto;
        margin-bottom: 8px;
        padding: 8px 12px;
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: var(--mat-sys-corner-medium);
        background: var(--mat-sys-surface);
      }
      td.mat-mdc-cell {
        padding: 4px 0;
        border: 0;
        font: var(--mat-sys-body-medium);
        white-space: normal;
      }
      td.mat-mdc-cell::before {
        content: attr(data-label);
        display: block;
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .outcome {
      margin-left: 6px;
      padding: 0 6px;
      border-radius: 999px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class AccessLogTable {
  private readonly i18n = inject(I18n);

  readonly entries = input.required<readonly AccessLogEntry[]>();

  protected readonly columns = [
    'time',
    'event',
    'action',
    'user',
    'onBehalfOf',
  ] as const;

  protected eventLabel(event: string): string {
    const key = eventLabelKey(event);
    return key ? this.i18n.t(key) : event;
  }

  protected actionLabel(action: AuditAction) {
    return `accessLog.actions.${action}` as const;
  }

  protected outcome(outcome: Exclude<AuditOutcome, 'success'>) {
    return `accessLog.outcomes.${outcome}` as const;
  }

  /**
   * No user: the client (through a link or the portal), the system, or (a
   * refused attempt) someone of another practice, never named here.
   */
  protected nobodyLabel(entry: AccessLogEntry) {
    const actor = entry.details?.['actor'];
    if (actor === 'other_practice') return 'accessLog.otherPractice';
    return actor === 'client' ? 'accessLog.client' : 'accessLog.system';
  }

  protected roleLabel(role: PractitionerRole) {
    return `team.roles.${role}` as const;
  }
}
