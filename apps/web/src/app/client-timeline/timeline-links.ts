import type { TimelineEvent } from '@herstelkompas/contracts';

/** Where a timeline event leads: a tab of the client page, on its item. */
export interface TimelineLink {
  path: string[];
  query: Record<string, string> | null;
}

/**
 * Notes and goals open on their item in their list; an intake link, an
 * assessment, a check-in and a red flag on the overview (intakes, scores and the red
 * flag banner live there); a decision on Prioriteiten; a report on the
 * report page with its history.
 */
export function timelineLink(
  clientId: string,
  event: Pick<TimelineEvent, 'target'>,
): TimelineLink {
  const base = ['/clienten', clientId];
  const { kind, id } = event.target;
  switch (kind) {
    case 'note':
      return { path: [...base, 'sessies'], query: { notitie: id } };
    case 'goal':
      return { path: [...base, 'doelen'], query: { doel: id } };
    case 'homework':
      return { path: [...base, 'huiswerk'], query: null };
    case 'decision':
      return { path: [...base, 'prioriteiten'], query: null };
    case 'report':
      return { path: [...base, 'rapportage'], query: null };
    case 'invitation':
    case 'assessment':
    case 'check_in':
    case 'red_flag':
      return { path: base, query: null };
  }
}
