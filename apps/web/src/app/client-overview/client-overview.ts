import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Assessment } from '@herstelkompas/contracts';
import { DOMAIN_IDS, getInstrument } from '@herstelkompas/domain';
import { ClientAppointments } from '../agenda/client-appointments/client-appointments';
import { ClientIntakeStore } from '../client-intake/client-intake-store';
import { InvitationList } from '../client-intake/invitation-list/invitation-list';
import { VARIANT_LABELS } from '../client-intake/invitation-status';
import { SendIntakeButton } from '../client-intake/send-intake-button/send-intake-button';
import { ErrorMessage } from '../core/http/error-message';
import { FollowUpBlock } from '../follow-ups/follow-up-block/follow-up-block';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { I18n } from '../core/i18n/i18n';
import { LocaleFormat } from '../core/i18n/locale-format';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Alert } from '../ui/alert/alert';
import { EmptyState } from '../ui/empty-state/empty-state';
import { RadarChart } from '../ui/radar-chart/radar-chart';
import { SkeletonRows } from '../ui/skeleton/skeleton-rows';
import { ClientPageStore } from '../clients/client-page-store';
import { ClientPortalBlock } from '../client-portal-block/client-portal-block';
import { DomainCard } from './domain-card/domain-card';
import { OverviewStore } from './overview-store';
import { CheckInTrends } from './check-in-trends/check-in-trends';
import { OverviewTrends } from './overview-trends/overview-trends';
import { PainPanel } from './pain-panel/pain-panel';
import { RankingPanel } from './ranking-panel/ranking-panel';
import { RedFlagsStore } from './red-flags/red-flags-store';

/**
 * Overzicht: where the client stands (red flags sit above the tabs): the six domains
 * (radar, ranking, cards), the pain outcome beside them, the course over
 * time and the intake links. Everything computed comes from libs/domain.
 */
@Component({
  selector: 'hk-client-overview',
  imports: [
    FollowUpBlock,
    ClientPortalBlock,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    TranslatePipe,
    HkDatePipe,
    Alert,
    EmptyState,
    SkeletonRows,
    RadarChart,
    DomainCard,
    PainPanel,
    RankingPanel,
    OverviewTrends,
    CheckInTrends,
    SendIntakeButton,
    InvitationList,
    ClientAppointments,
  ],
  // The intake and red-flag stores come from the client page: its header
  // holds the send button and the red-flag banner, this page their lists.
  providers: [OverviewStore],
  templateUrl: './client-overview.html',
  styleUrl: './client-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientOverview {
  protected readonly clientStore = inject(ClientPageStore);
  protected readonly store = inject(OverviewStore);
  private readonly redFlags = inject(RedFlagsStore);
  private readonly intakes = inject(ClientIntakeStore);
  /** A link is out: the empty state waits for it instead of asking to send one. */
  protected readonly linkOut = computed(() => this.intakes.open().length > 0);
  private readonly snackBar = inject(MatSnackBar);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  protected readonly client = this.clientStore.client;
  protected readonly domainIds = DOMAIN_IDS;
  protected readonly variantLabels = VARIANT_LABELS;
  protected readonly savingPainFocus = signal(false);

  // Primitive, so a reloaded client record (archive, share) loads nothing again.
  private readonly clientId = computed(() => this.client()?.id ?? null);
  /** A client without a first intake has nothing to score yet. */
  protected readonly hasAssessment = computed(
    () => this.client()?.latestScores != null,
  );
  protected readonly instrument = computed(() => {
    const latest = this.store.latest();
    return latest
      ? getInstrument(latest.instrument.id, latest.instrument.version)
      : undefined;
  });
  protected readonly ranks = computed(
    () =>
      new Map(
        this.store
          .ranking()
          // A domain without a score has no place in the order.
          .entries.filter((e) => !e.insufficient)
          .map((e) => [e.domain, e.rank]),
      ),
  );
  protected readonly radarSeries = computed(() => {
    const latest = this.store.latest();
    if (!latest) return [];
    const other = this.store.compareWith();
    return [latest, ...(other ? [other] : [])].map((a) => ({
      id: a.id,
      label: this.assessmentLabel(a),
      scores: Object.fromEntries(
        DOMAIN_IDS.map((d) => [d, a.domainScores[d].score]),
      ),
    }));
  });
  protected readonly radarLabel = computed(() =>
    this.i18n.t('overview.radar.label', {
      name: this.client()?.firstName ?? '',
    }),
  );
  protected readonly painFocus = computed(() => {
    const client = this.client();
    return client ? this.store.painFocusOf(client) : null;
  });

  constructor() {
    effect(() => {
      const id = this.clientId();
      const scored = this.hasAssessment();
      if (!id) return;
      untracked(() => {
        void this.intakes.ensure(id);
        if (scored) void this.store.load(id);
      });
    });
    // Handling a red flag can lift "in afwachting van medische beoordeling".
    effect(() => {
      if (this.redFlags.acknowledgements() > 0) {
        untracked(() => void this.store.reloadPriority());
      }
    });
  }

  protected assessmentLabel(assessment: Assessment): string {
    return this.i18n.t('overview.radar.series', {
      variant: this.i18n.t(VARIANT_LABELS[assessment.variant]),
      date: this.format.date(assessment.submittedAt),
    });
  }

  protected retry(): void {
    const id = this.clientId();
    if (id) void this.store.load(id);
  }

  protected async setPainFocusOff(off: boolean): Promise<void> {
    const client = this.client();
    if (!client || this.savingPainFocus()) return;
    this.savingPainFocus.set(true);
    try {
      await this.store.setPainFocusOff(client, off);
      // Picks up the record's new version for the next change.
      void this.clientStore.refresh();
      this.notify(
        this.i18n.t(off ? 'overview.pain.savedOff' : 'overview.pain.savedOn'),
      );
    } catch (error: unknown) {
      this.notify(this.errors.describe(error));
    } finally {
      this.savingPainFocus.set(false);
    }
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
