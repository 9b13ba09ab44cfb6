import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AUDIT_ACTIONS,
  type AccessLogEntry,
  type AuditAction,
  type Page,
  type TeamMember,
} from '@herstelkompas/contracts';
import {
  Subject,
  catchError,
  combineLatest,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { DateInput } from '../core/forms/date-input';
import {
  dutchDateValidator,
  formatDutchDate,
  parseDutchDate,
} from '../core/forms/dutch-date';
import { ErrorMessage } from '../core/http/error-message';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Alert } from '../ui/alert/alert';
import { EmptyState } from '../ui/empty-state/empty-state';
import { Icon } from '../ui/icon/icon';
import { type PageChange, Pager } from '../ui/pager/pager';
import { SkeletonRows } from '../ui/skeleton/skeleton-rows';
import { TeamApi } from '../team/team-api';
import { ClientsApi } from '../clients/clients-api';
import {
  type LogParams,
  logParamsFrom,
  logQueryParams,
  sameLogParams,
  toLogQuery,
} from './access-log-query';
import { AccessLogTable } from './access-log-table';

type LogState =
  | { status: 'loading'; page: null }
  | { status: 'ready'; page: Page<AccessLogEntry> }
  | { status: 'error'; page: null; message: string };

function periodOrder(group: AbstractControl) {
  const from = parseDutchDate(String(group.get('from')?.value ?? ''));
  const to = parseDutchDate(String(group.get('to')?.value ?? ''));
  return from && to && to < from ? { periodOrder: true } : null;
}

/** Logboek (owner only): who saw or changed this record, for a period. */
@Component({
  selector: 'hk-client-access-log',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    TranslatePipe,
    DateInput,
    Alert,
    EmptyState,
    Icon,
    Pager,
    SkeletonRows,
    AccessLogTable,
  ],
  templateUrl: './client-access-log.html',
  styleUrl: './client-access-log.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientAccessLog {
  private readonly api = inject(ClientsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorMessage);
  private readonly retries = new Subject<void>();

  // The client page's route holds the id; this tab is its child.
  private readonly clientId =
    this.route.parent?.snapshot.paramMap.get('id') ?? '';
  private readonly params$ = this.route.queryParamMap.pipe(
    map(logParamsFrom),
    distinctUntilChanged(sameLogParams),
  );
  protected readonly params = toSignal(this.params$, {
    initialValue: logParamsFrom(this.route.snapshot.queryParamMap),
  });
  private readonly state = signal<LogState>({ status: 'loading', page: null });
  protected readonly page = computed(() => this.state().page);
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly csvUrl = computed(() => {
    const { from, to, practitionerId, action } = this.params();
    return this.api.accessLogCsvUrl(this.clientId, {
      from: from ?? undefined,
      to: to ?? undefined,
      practitionerId: practitionerId ?? undefined,
      action: action ?? undefined,
    });
  });
  /** Everyone of the practice, also those who left: the log names them too. */
  protected readonly people = toSignal(
    inject(TeamApi)
      .list()
      .pipe(catchError(() => of<TeamMember[]>([]))),
    { initialValue: [] as TeamMember[] },
  );
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly filtered = computed(() => {
    const { from, to, practitionerId, action } = this.params();
    return Boolean(from || to || practitionerId || action);
  });

  protected readonly period = new FormGroup(
    {
      from: new FormControl('', {
        nonNullable: true,
        validators: dutchDateValidator,
      }),
      to: new FormControl('', {
        nonNullable: true,
        validators: dutchDateValidator,
      }),
      person: new FormControl('', { nonNullable: true }),
      action: new FormControl<AuditAction | ''>('', { nonNullable: true }),
    },
    { validators: periodOrder },
  );

  constructor() {
    combineLatest([this.params$, this.retries.pipe(startWith(undefined))])
      .pipe(
        tap(() => this.state.set({ status: 'loading', page: null })),
        switchMap(([params]) =>
          this.api.accessLog(this.clientId, toLogQuery(params)).pipe(
            map((page): LogState => ({ status: 'ready', page })),
            catchError((error: unknown) =>
              of<LogState>({
                status: 'error',
                page: null,
                message: this.errors.describe(error),
              }),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
    // The period boxes follow the URL (back button, a bookmark).
    effect(() => {
      const { from, to, practitionerId, action } = this.params();
      this.period.reset({
        from: from ? formatDutchDate(from) : '',
        to: to ? formatDutchDate(to) : '',
        person: practitionerId ?? '',
        action: action ?? '',
      });
    });
  }

  protected retry(): void {
    this.retries.next();
  }

  protected apply(): void {
    if (this.period.invalid) {
      this.period.markAllAsTouched();
      return;
    }
    const { from, to, person, action } = this.period.getRawValue();
    void this.navigate({
      ...this.params(),
      from: parseDutchDate(from),
      to: parseDutchDate(to),
      practitionerId: person || null,
      action: action || null,
      page: 1,
    });
  }

  protected clear(): void {
    void this.navigate({
      ...this.params(),
      from: null,
      to: null,
      practitionerId: null,
      action: null,
      page: 1,
    });
  }

  protected changePage(change: PageChange): void {
    void this.navigate({ ...this.params(), ...change });
  }

  protected actionLabel(action: AuditAction) {
    return `accessLog.actions.${action}` as const;
  }

  protected dateError(name: 'from' | 'to'): boolean {
    return this.period.controls[name].hasError('dateFormat');
  }

  private navigate(params: LogParams) {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: logQueryParams(params),
    });
  }
}
