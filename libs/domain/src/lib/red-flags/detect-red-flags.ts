import type { Localized } from '../i18n/localized';
import type { Answers } from '../instruments/answers';
import type {
  InstrumentDefinition,
  InstrumentItem,
  RedFlagCondition,
  RedFlagRule,
  RedFlagUrgency,
} from '../instruments/instrument-types';
import { usableAnswer } from '../instruments/usable-answer';
import { URGENCY_ORDER, URGENT_CLIENT_INSTRUCTION } from './red-flag-texts';

/** A positive red-flag answer and what it asks for. */
export interface RedFlag {
  readonly itemId: string;
  readonly condition: RedFlagCondition;
  readonly urgency: RedFlagUrgency;
  readonly label: Localized;
  /** Set on every `urgent_same_day` flag: show it to the client at once. */
  readonly clientInstruction?: Localized;
  /** Items whose positive answers raised the urgency (combination rule). */
  readonly raisedBy?: readonly string[];
}

type FlaggedItem = InstrumentItem & { readonly redFlag: RedFlagRule };

const severity = (urgency: RedFlagUrgency): number =>
  URGENCY_ORDER.indexOf(urgency);

function isPositive(item: FlaggedItem, answers: Answers): boolean {
  const value = usableAnswer(item, answers);
  if (typeof value === 'number') {
    return value >= (item.redFlag.minValue ?? Number.POSITIVE_INFINITY);
  }
  return value === true;
}

function toRedFlag(item: FlaggedItem, positive: ReadonlySet<string>): RedFlag {
  const { condition, label, urgency: base, raiseWhen } = item.redFlag;
  const raisedBy = raiseWhen
    ? raiseWhen.itemIds.filter((id) => positive.has(id))
    : [];
  const candidate = raiseWhen && raisedBy.length > 0 ? raiseWhen.urgency : base;
  // A combination only ever raises the urgency, never lowers it.
  const urgency = severity(candidate) < severity(base) ? candidate : base;
  const raised = urgency !== base;
  return {
    itemId: item.id,
    condition,
    urgency,
    label,
    ...(urgency === 'urgent_same_day'
      ? { clientInstruction: URGENT_CLIENT_INSTRUCTION }
      : {}),
    ...(raised ? { raisedBy } : {}),
  };
}

/**
 * Finds the positive red-flag answers (domain.md 3): "yes" on a red-flag or
 * flag item, or an answer at or above the item's `minValue` (IMM4 >= 7).
 *
 * One combination rule, kept in the data as `raiseWhen`: a flag is raised to
 * the stated urgency when one of the listed items is positive too. In v1,
 * fever with back pain raises the infection context (feeling ill or a recent
 * infection, weakened immunity, IMM-F, often feverish IMM4) to
 * `urgent_same_day`, as KNGF 2021 marks fever in someone ill or
 * immunosuppressed as urgent.
 *
 * Sorted most urgent first, then in form order.
 */
export function detectRedFlags(
  definition: InstrumentDefinition,
  answers: Answers,
): RedFlag[] {
  const flagged = definition.items.filter(
    (item): item is FlaggedItem => item.redFlag !== undefined,
  );
  const positiveItems = flagged.filter((item) => isPositive(item, answers));
  const positive = new Set(positiveItems.map((item) => item.id));
  return positiveItems
    .map((item) => toRedFlag(item, positive))
    .sort((a, b) => severity(a.urgency) - severity(b.urgency));
}

/**
 * The instruction to show the client at submission, or `null` when no
 * urgent flag is open.
 */
export function clientInstructionFor(
  flags: readonly Pick<RedFlag, 'urgency'>[],
): Localized | null {
  return flags.some((flag) => flag.urgency === 'urgent_same_day')
    ? URGENT_CLIENT_INSTRUCTION
    : null;
}

/**
 * Whether the priority list is "pending medical clearance": true while any
 * `urgent_same_day` or `gp_review` flag is open. Advice alone does not block.
 */
export function needsMedicalClearance(
  flags: readonly Pick<RedFlag, 'urgency'>[],
): boolean {
  return flags.some((flag) => flag.urgency !== 'advice');
}
