import type { PractitionerRef } from '@herstelkompas/contracts';
import { type EntityManager, In } from 'typeorm';
import { Practitioner } from './practitioner.entity';

/** Looks up a practitioner's name among those loaded; unknown ids get an empty name. */
export type NameLookup = (id: string) => PractitionerRef;

/**
 * Loads the names of all practitioners a page of records mentions in one
 * query, so mapping a list never queries per row.
 */
export async function practitionerNames(
  manager: EntityManager,
  ids: readonly (string | null | undefined)[],
): Promise<NameLookup> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const rows = unique.length
    ? await manager.find(Practitioner, {
        where: { id: In(unique) },
        select: { id: true, displayName: true },
      })
    : [];
  const byId = new Map(rows.map((p) => [p.id, p.displayName]));
  return (id) => ({ id, displayName: byId.get(id) ?? '' });
}
