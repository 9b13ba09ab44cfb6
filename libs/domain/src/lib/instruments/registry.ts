import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
} from './herstelkompas/definitions';
import type { InstrumentDefinition } from './instrument-types';

/** Every instrument that ships with the product. */
export const BUILT_IN_INSTRUMENTS: readonly InstrumentDefinition[] =
  Object.freeze([
    HERSTELKOMPAS_INTAKE_V1,
    HERSTELKOMPAS_FOLLOW_UP_V1,
    HERSTELKOMPAS_INTAKE_V2,
    HERSTELKOMPAS_FOLLOW_UP_V2,
  ]);

/**
 * Looks up a built-in instrument. Without a version it gives the latest one.
 * Gives `undefined` for an unknown id or version.
 */
export function getInstrument(
  id: string,
  version?: number,
): InstrumentDefinition | undefined {
  const sameId = BUILT_IN_INSTRUMENTS.filter(
    (definition) => definition.id === id,
  );
  const wanted =
    version ?? Math.max(...sameId.map((definition) => definition.version));
  return sameId.find((definition) => definition.version === wanted);
}
