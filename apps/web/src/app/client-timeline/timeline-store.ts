import { Injectable, computed, inject, signal } from '@angular/core';
import type { TimelineEvent } from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import { LoadState } from '../core/http/load-state';
import { LocaleFormat } from '../core/i18n/locale-format';
import { TimelineApi } from './timeline-api';

/** One calendar day (Amsterdam) of the stream, newest first. */
export interface TimelineDay {
  day: string;
  events: TimelineEvent[];
}

/** A client's history as one stream, optionally for one domain. */
@Injectable()
export class TimelineStore {
  private readonly api = inject(TimelineApi);
  private readonly format = inject(LocaleFormat);
  private clientId = '';
  private domain: DomainId | null = null;
  private readonly loading = new LoadState();

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  readonly events = signal<TimelineEvent[]>([]);
  readonly days = computed(() => groupByDay(this.events(), this.format));

  async load(clientId: string, domain: DomainId | null): Promise<void> {
    this.clientId = clientId;
    this.domain = domain;
    await this.loading.run(
      this.api.list(clientId, domain),
      (events) => this.events.set(events),
      { keep: true },
    );
  }

  reload(): Promise<void> {
    return this.load(this.clientId, this.domain);
  }
}

/** Consecutive events on the same Amsterdam day share one date header. */
export function groupByDay(
  events: readonly TimelineEvent[],
  format: Pick<LocaleFormat, 'sameDay'>,
): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const event of events) {
    const last = days.at(-1);
    if (last && format.sameDay(new Date(last.day), new Date(event.at))) {
      last.events.push(event);
    } else {
      days.push({ day: event.at, events: [event] });
    }
  }
  return days;
}
