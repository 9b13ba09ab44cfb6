import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type MatChipListboxChange,
  MatChipListbox,
  MatChipOption,
} from '@angular/material/chips';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { TimelineEvent, TimelineKind } from '@herstelkompas/contracts';
import {
  DOMAIN_IDS,
  DOMAIN_LIST,
  type DomainId,
  isDomainId,
} from '@herstelkompas/domain';
import { map } from 'rxjs';
import { ClientPageStore } from '../../clients/client-page-store';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { DomainChip, domainIcon } from '../../ui/domain-chip/domain-chip';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { timelineLink, type TimelineLink } from '../timeline-links';
import { TimelineStore } from '../timeline-store';
import { LoadStateBlock } from '../../ui/load-state/load-state';

const KIND_ICONS: Readonly<Record<TimelineKind, IconName>> = {
  assessment: 'assignment',
  check_in: 'task_alt',
  decision: 'swap_vert',
  note: 'edit_note',
  addendum: 'add_comment',
  goal: 'target',
  homework: 'check_circle',
  invitation: 'mail',
  red_flag: 'flag',
  red_flag_handled: 'task_alt',
  report: 'description',
};

/** Tijdlijn: the client's history in one stream; each event opens its item. */
@Component({
  selector: 'hk-client-timeline',
  imports: [
    LoadStateBlock,
    RouterLink,
    MatChipListbox,
    MatChipOption,
    TranslatePipe,
    HkDatePipe,
    DomainChip,
    EmptyState,
    Icon,
  ],
  providers: [TimelineStore],
  templateUrl: './client-timeline.html',
  styleUrl: './client-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientTimeline {
  protected readonly store = inject(TimelineStore);
  private readonly client = inject(ClientPageStore).client;
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  protected readonly kindIcons = KIND_ICONS;
  protected readonly language = this.i18n.language;
  protected readonly domain = toSignal(
    this.route.queryParamMap.pipe(map((p) => domainFrom(p.get('domain')))),
    {
      initialValue: domainFrom(this.route.snapshot.queryParamMap.get('domain')),
    },
  );
  protected readonly options = computed(() => {
    const language = this.i18n.language();
    return DOMAIN_LIST.map((d) => ({
      id: d.id,
      name: d.name[language],
      icon: domainIcon(d.id),
    }));
  });

  constructor() {
    effect(() => {
      const domain = this.domain();
      const id = this.client()?.id ?? '';
      untracked(() => void this.store.load(id, domain));
    });
  }

  protected kindKey(kind: TimelineKind): TranslationKey {
    return `clientTimeline.kinds.${kind}`;
  }

  protected link(event: TimelineEvent): TimelineLink {
    return timelineLink(this.client()?.id ?? '', event);
  }

  /** Domain chips only when an event is about some domains, not all six. */
  protected showDomains(domains: readonly DomainId[]): boolean {
    return domains.length > 0 && domains.length < DOMAIN_IDS.length;
  }

  protected filter(change: MatChipListboxChange): void {
    const domain = domainFrom(change.value as string | null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { domain },
      replaceUrl: true,
    });
  }
}

function domainFrom(value: string | null | undefined): DomainId | null {
  return isDomainId(value) ? value : null;
}
