import { Injectable, computed, inject, signal } from '@angular/core';
import type { TimelineEvent } from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { LocaleFormat } from '../core/i18n/locale-format';
import { TimelineApi } from './timeline-api';

type Load = 'loading' | 'ready' | 'error';

/** One calendar day (Amsterdam) of the stream, newest first. */
export interface TimelineDay {
  day: string;
  events: TimelineEvent[];
}

/** A client's history as one stream, optionally for one domain. */
@Injectable()
export class TimelineStore {
  private readonly api = inject(TimelineApi);
  private readonly errors = inject(ErrorMessage);
  private readonly format = inject(LocaleFormat);
  private clientId = '';
  private domain: DomainId | null = null;
  // Guards against an older answer overwriting a newer one.
  private loads = 0;

  readonly status = signal<Load>('loading');
  readonly error = signal<string | null>(null);
  readonly events = signal<TimelineEvent[]>([]);
  readonly days = computed(() => groupByDay(this.events(), this.format));

  async load(clientId: string, domain: DomainId | null): Promise<void> {
    const count = ++this.loads;
    this.clientId = clientId;
    this.domain = domain;
    if (this.status() !== 'ready') this.status.set('loading');
    try {
      const events = await firstValueFrom(this.api.list(clientId, domain));
      if (count !== this.loads) return;
      this.events.set(events);
      this.status.set('ready');
    } catch (error: unknown) {
      if (count !== this.loads) return;
      this.error.set(this.errors.describe(error));
      this.status.set('error');
    }
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
