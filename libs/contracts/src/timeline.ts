import type { DomainId } from '@herstelkompas/domain';

export type TimelineKind =
  | 'assessment'
  | 'check_in'
  | 'decision'
  | 'note'
  | 'addendum'
  | 'goal'
  | 'homework'
  | 'invitation'
  | 'red_flag'
  | 'red_flag_handled'
  | 'report';

/** The item an event opens: an addendum opens its note, a handled flag its flag. */
export type TimelineTargetKind =
  | 'assessment'
  | 'check_in'
  | 'decision'
  | 'note'
  | 'goal'
  | 'homework'
  | 'invitation'
  | 'red_flag'
  | 'report';

/** Longest excerpt the timeline carries, in characters (with the ellipsis). */
export const TIMELINE_EXCERPT_MAX = 140;

/** One event of a client's history, newest first in the stream. */
export interface TimelineEvent {
  kind: TimelineKind;
  id: string;
  at: string;
  /** The domains the event concerns, for the domain filter. */
  domains: DomainId[];
  title: { nl: string; en: string };
  by: { id: string; displayName: string } | null;
  /** What the event opens. */
  target: { kind: TimelineTargetKind; id: string };
  /** A short plain-text excerpt (Markdown markers removed), or null. */
  excerpt: string | null;
}
