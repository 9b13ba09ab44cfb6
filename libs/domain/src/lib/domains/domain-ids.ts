/**
 * The six domain ids in canonical order: the order of the intake form and of
 * every unranked list, chart and report.
 */
export const DOMAIN_IDS = [
  'stress',
  'breathing',
  'movement',
  'nutrition',
  'sleep',
  'immune',
] as const;

/** Stable id of one of the six domains. */
export type DomainId = (typeof DOMAIN_IDS)[number];

/** Whether a value (for instance from a request body) is a domain id. */
export function isDomainId(value: unknown): value is DomainId {
  return (DOMAIN_IDS as readonly unknown[]).includes(value);
}
