import type { Localized, RedFlag } from '@herstelkompas/domain';

/** What the client is told about what happens after sending. */
export type FollowUp = 'urgent' | 'contact' | 'appointment';

const isUrgent = (flag: RedFlag) => flag.urgency === 'urgent_same_day';

/**
 * The client-facing instruction of each urgent flag, once per text: the
 * items of one symptom cluster share their instruction.
 */
export function urgentInstructionsOf(flags: readonly RedFlag[]): Localized[] {
  const seen = new Set<string>();
  const out: Localized[] = [];
  for (const flag of flags.filter(isUrgent)) {
    const text = flag.clientInstruction;
    if (!text || seen.has(text.nl)) continue;
    seen.add(text.nl);
    out.push(text);
  }
  return out;
}

/**
 * The questions whose answer makes a flag urgent: the flag's own item and,
 * for a combination, the items that raised it (fever with feeling ill).
 */
export function urgentItemIds(flags: readonly RedFlag[]): ReadonlySet<string> {
  return new Set(
    flags
      .filter(isUrgent)
      .flatMap((flag) => [flag.itemId, ...(flag.raisedBy ?? [])]),
  );
}

/**
 * Urgent: call the GP now, no "next appointment". A flag for the GP: the
 * practitioner gets in touch. Otherwise (advice only, or none): the usual
 * look before the next appointment.
 */
export function followUpOf(flags: readonly RedFlag[]): FollowUp {
  if (flags.some(isUrgent)) return 'urgent';
  if (flags.some((flag) => flag.urgency === 'gp_review')) return 'contact';
  return 'appointment';
}
