import type { DomainId } from '@herstelkompas/domain';

export type TimelineKind = 'assessment' | 'decision' | 'note' | 'goal';

/** One event of a client's history, newest first in the stream. */
export interface TimelineEvent {
  kind: TimelineKind;
  id: string;
  at: string;
  /** The domains the event concerns, for the domain filter. */
  domains: DomainId[];
  title: { nl: string; en: string };
  by: { id: string; displayName: string } | null;
}
