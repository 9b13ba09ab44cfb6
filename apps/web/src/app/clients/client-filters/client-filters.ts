import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatFormField,
  MatLabel,
  MatPrefix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  CLIENT_STATUSES,
  type ClientStatus,
  type TeamMember,
} from '@herstelkompas/contracts';
import { DOMAIN_LIST } from '@herstelkompas/domain';
import { debounceTime, filter, map } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { domainIcon } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { type ClientListParams, hasFilters } from '../client-list-params';
import { SORT_OPTIONS } from '../client-view';

/** Typing settles for this long before the list is asked again. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Search, filters and sort of the client list; the URL keeps their state. */
@Component({
  selector: 'hk-client-filters',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    TranslatePipe,
    Icon,
  ],
  templateUrl: './client-filters.html',
  styleUrl: './client-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientFilters {
  private readonly i18n = inject(I18n);

  readonly params = input.required<ClientListParams>();
  readonly practitioners = input<readonly TeamMember[]>([]);
  readonly changed = output<Partial<ClientListParams>>();
  readonly cleared = output<void>();

  protected readonly statuses = CLIENT_STATUSES;
  protected readonly domains = DOMAIN_LIST;
  protected readonly sortOptions = SORT_OPTIONS;
  protected readonly domainIcon = domainIcon;
  protected readonly language = this.i18n.language;
  protected readonly filtered = computed(() => hasFilters(this.params()));
  /** Filters in use besides the search box, shown on the phone's toggle. */
  protected readonly activeCount = computed(() => {
    const { status, practitionerId, focusDomain, tag } = this.params();
    return [status, practitionerId, focusDomain, tag].filter(Boolean).length;
  });
  /** Phones fold the filters away behind a button; wide screens ignore it. */
  protected readonly open = signal(false);

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly tag = new FormControl('', { nonNullable: true });

  constructor() {
    this.debounced(this.search, 'search');
    this.debounced(this.tag, 'tag');
    // Back, forward and "filters wissen" change the URL; the boxes follow.
    effect(() => {
      const { search, tag } = this.params();
      if (this.search.value.trim() !== search) {
        this.search.setValue(search, { emitEvent: false });
      }
      if (this.tag.value.trim() !== tag) {
        this.tag.setValue(tag, { emitEvent: false });
      }
    });
  }

  protected statusKey(status: ClientStatus) {
    return `clients.status.${status}` as const;
  }

  /** Selects use '' for "all": Material treats a null option as a reset. */
  protected pick<K extends 'status' | 'practitionerId' | 'focusDomain'>(
    key: K,
    value: string,
  ): void {
    this.changed.emit({ [key]: value === '' ? null : value });
  }

  private debounced(control: FormControl<string>, key: 'search' | 'tag') {
    control.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        // Compared with the URL, not the last emission: after "back" the
        // same words typed again must still search.
        filter((value) => value !== this.params()[key]),
        takeUntilDestroyed(),
      )
      .subscribe((value) => this.changed.emit({ [key]: value }));
  }
}
