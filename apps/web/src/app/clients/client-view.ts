import type {
  ClientSort,
  ClientStatus,
  ClientSummary,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId, ageOn } from '@herstelkompas/domain';
import type { TranslationKey } from '../core/i18n/translations';
import type { IconName } from '../ui/icon/icon-paths';

/** Age in whole years today, or null for a date the domain cannot read. */
export function ageOf(dateOfBirth: string, today: string): number | null {
  try {
    return ageOn(dateOfBirth, today);
  } catch {
    return null;
  }
}

/** The highest of the latest domain scores; ties go to the canonical order. */
export function highestScore(
  scores: Partial<Record<DomainId, number | null>> | null,
): { domain: DomainId; score: number } | null {
  let best: { domain: DomainId; score: number } | null = null;
  for (const domain of DOMAIN_IDS) {
    const score = scores?.[domain];
    if (typeof score === 'number' && (!best || score > best.score)) {
      best = { domain, score };
    }
  }
  return best;
}

export const STATUS_ICONS: Record<ClientStatus, IconName> = {
  intake_pending: 'schedule',
  active: 'check_circle',
  paused: 'pause_circle',
  completed: 'task_alt',
  archived: 'inventory_2',
};

/** The sort options in the order the select shows them. */
export const SORT_OPTIONS: readonly {
  value: ClientSort;
  label: TranslationKey;
}[] = [
  { value: 'name', label: 'clients.sort.name' },
  { value: '-name', label: 'clients.sort.nameDesc' },
  { value: '-lastActivity', label: 'clients.sort.lastActivityDesc' },
  { value: 'lastActivity', label: 'clients.sort.lastActivity' },
  { value: '-score', label: 'clients.sort.scoreDesc' },
  { value: 'score', label: 'clients.sort.score' },
  { value: '-created', label: 'clients.sort.createdDesc' },
  { value: 'created', label: 'clients.sort.created' },
];

/** Columns with a sortable header, and the sort each stands for. */
export type SortColumn = 'name' | 'lastActivity' | 'score';

export function sortToHeader(sort: ClientSort): {
  active: SortColumn | '';
  direction: 'asc' | 'desc';
} {
  const column = sort.replace(/^-/, '');
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  return column === 'name' || column === 'lastActivity' || column === 'score'
    ? { active: column, direction }
    : { active: '', direction };
}

export function headerToSort(active: string, direction: string): ClientSort {
  if (active !== 'name' && active !== 'lastActivity' && active !== 'score') {
    return 'name';
  }
  return direction === 'desc' ? `-${active}` : active;
}

/** A list row: the summary plus what the row derives from it. */
export interface ClientRow {
  client: ClientSummary;
  age: number | null;
  highest: { domain: DomainId; score: number } | null;
}

export function toRow(client: ClientSummary, today: string): ClientRow {
  return {
    client,
    age: ageOf(client.dateOfBirth, today),
    highest: highestScore(client.latestScores),
  };
}
