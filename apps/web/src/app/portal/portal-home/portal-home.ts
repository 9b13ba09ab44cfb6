import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { PortalDomainChange, PortalHome } from '@herstelkompas/contracts';
import { DOMAINS } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { LocalizedPipe } from '../localized-pipe';
import { PortalApi, reportUrl } from '../portal-api';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';

/** How a domain moved, in words (lower is less disturbed). */
export function changeWord(
  row: PortalDomainChange,
): 'better' | 'worse' | 'same' | 'unknown' {
  if (row.change === null) return 'unknown';
  return row.change < 0 ? 'better' : row.change > 0 ? 'worse' : 'same';
}

/**
 * "Mijn kompas": wins first (the most improved domain named before anything
 * else), the six domains first vs latest, the focus in the practitioner's
 * words for the client, appointments, reports and the lessons.
 */
@Component({
  selector: 'hk-portal-home',
  imports: [
    MatAnchor,
    MatButton,
    RouterLink,
    HkDatePipe,
    TranslatePipe,
    DomainChip,
    Icon,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-home.html',
  styleUrl: './portal-home.scss',
})
export class PortalHomePage implements OnInit {
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);

  protected readonly home = signal<PortalHome | null>(null);
  protected readonly failed = signal(false);
  protected readonly win = computed(() => {
    const home = this.home();
    if (!home?.biggestWin) return null;
    return home.domains.find((d) => d.domain === home.biggestWin) ?? null;
  });
  protected readonly compared = computed(
    () => this.home()?.assessedAt.first !== this.home()?.assessedAt.latest,
  );
  protected readonly domainName = (id: PortalDomainChange['domain']) =>
    DOMAINS[id].name;
  protected readonly changeWord = changeWord;
  protected changeKey(row: PortalDomainChange) {
    return `portal.home.change.${changeWord(row)}` as const;
  }
  protected readonly reportUrl = reportUrl;

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      this.home.set(await firstValueFrom(this.api.me()));
      this.state.signedIn.set(true);
    } catch (error) {
      if (!leaveOnSessionLoss(error, this.state, this.router))
        this.failed.set(true);
    }
  }
}
