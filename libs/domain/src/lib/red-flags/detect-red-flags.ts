import type { Localized } from '../i18n/localized';
import type { Answers } from '../instruments/answers';
import type {
  InstrumentDefinition,
  InstrumentItem,
  RedFlagCondition,
  RedFlagRaiseRule,
  RedFlagRule,
  RedFlagUrgency,
} from '../instruments/instrument-types';
import { usableAnswer } from '../instruments/usable-answer';
import { type RedFlagContext, deriveRedFlags } from './derive-red-flags';
import {
  AFTER_SCREEN_REASSURANCE,
  GP_REVIEW_CLIENT_NOTE,
  URGENCY_ORDER,
  type UrgentCluster,
  urgentClusterOf,
  urgentInstruction,
} from './red-flag-texts';

/** A positive red-flag answer (or a derived flag) and what it asks for. */
export interface RedFlag {
  /** The item answered, or the id of a derived flag (`AGE-…`). */
  readonly itemId: string;
  readonly condition: RedFlagCondition;
  readonly urgency: RedFlagUrgency;
  readonly label: Localized;
  /**
   * Set on every `urgent_same_day` flag: the instruction for its cluster
   * (nerves, vascular, infection), to show the client at once.
   */
  readonly clientInstruction?: Localized;
  /** Items whose positive answers raised the urgency (combination rule). */
  readonly raisedBy?: readonly string[];
  /** Set on derived flags: `dateOfBirth` and the item ids used. */
  readonly derivedFrom?: readonly string[];
}

type FlaggedItem = InstrumentItem & { readonly redFlag: RedFlagRule };

const severity = (urgency: RedFlagUrgency): number =>
  URGENCY_ORDER.indexOf(urgency);

/**
 * "Yes", or a number at or above the flag's `minValue`. Items without a flag
 * (a risk factor such as RF-VASC) count in combination rules on "yes".
 */
function isPositive(item: InstrumentItem, answers: Answers): boolean {
  const value = usableAnswer(item, answers);
  if (typeof value === 'number') {
    return value >= (item.redFlag?.minValue ?? Number.POSITIVE_INFINITY);
  }
  return value === true;
}

const raiseRules = (
  rule: RedFlagRule['raiseWhen'],
): readonly RedFlagRaiseRule[] =>
  rule === undefined ? [] : 'itemIds' in rule ? [rule] : rule;

function withInstruction<T extends Omit<RedFlag, 'clientInstruction'>>(
  flag: T,
): T & Pick<RedFlag, 'clientInstruction'> {
  return flag.urgency === 'urgent_same_day'
    ? {
        ...flag,
        clientInstruction: urgentInstruction([urgentClusterOf(flag.condition)]),
      }
    : flag;
}

function toRedFlag(item: FlaggedItem, positive: ReadonlySet<string>): RedFlag {
  const { condition, label, urgency: base, raiseWhen } = item.redFlag;
  let urgency = base;
  let raisedBy: string[] = [];
  for (const rule of raiseRules(raiseWhen)) {
    const by = rule.itemIds.filter((id) => positive.has(id));
    // A combination only ever raises the urgency, never lowers it.
    if (by.length > 0 && severity(rule.urgency) < severity(urgency)) {
      urgency = rule.urgency;
      raisedBy = by;
    }
  }
  return withInstruction({
    itemId: item.id,
    condition,
    urgency,
    label,
    ...(urgency !== base ? { raisedBy } : {}),
  });
}

/**
 * Finds the positive red-flag answers (domain.md 3): "yes" on a red-flag or
 * flag item, or an answer at or above the item's `minValue` (IMM4 >= 7).
 *
 * Combination rules are kept in the data as `raiseWhen`: a flag is raised to
 * the stated urgency when one of the listed items is positive too (KNGF 2021:
 * combinations raise the probability). In v1, fever raises the infection
 * context to `urgent_same_day`; in v2, fever with feeling ill, weakened
 * immunity, a recent operation or injection or drug injection is urgent, and
 * a chronic, known risk alone (diabetes without fever) is advice.
 *
 * With `context` (date of birth and date) the instrument's derived flags are
 * added: age criteria are derived, never asked. Without it (for instance
 * while the client is still answering) only the answers count.
 *
 * Sorted most urgent first, then in form order, derived flags last.
 */
export function detectRedFlags(
  definition: InstrumentDefinition,
  answers: Answers,
  context?: RedFlagContext,
): RedFlag[] {
  const flagged = definition.items.filter(
    (item): item is FlaggedItem => item.redFlag !== undefined,
  );
  const positiveItems = flagged.filter((item) => isPositive(item, answers));
  const positive = new Set(
    definition.items
      .filter((item) => isPositive(item, answers))
      .map((item) => item.id),
  );
  const byCondition = new Map<RedFlagCondition, string[]>();
  for (const item of positiveItems) {
    const ids = byCondition.get(item.redFlag.condition) ?? [];
    byCondition.set(item.redFlag.condition, [...ids, item.id]);
  }
  const derived = deriveRedFlags(definition, answers, byCondition, context);
  return [
    ...positiveItems.map((item) => toRedFlag(item, positive)),
    ...derived.map(withInstruction),
  ].sort((a, b) => severity(a.urgency) - severity(b.urgency));
}

/**
 * The instruction to show the client, or `null` when no urgent flag is open:
 * "call your GP now" once, then the 112 triggers of every urgent cluster
 * among the flags, most urgent first.
 */
export function clientInstructionFor(
  flags: readonly Pick<RedFlag, 'urgency' | 'condition'>[],
): Localized | null {
  const clusters: UrgentCluster[] = [];
  for (const flag of flags) {
    const cluster = urgentClusterOf(flag.condition);
    if (flag.urgency === 'urgent_same_day' && !clusters.includes(cluster)) {
      clusters.push(cluster);
    }
  }
  return clusters.length > 0 ? urgentInstruction(clusters) : null;
}

/**
 * The calm line for the client when flags need the GP's review but none is
 * urgent ("je behandelaar neemt contact met je op"); `null` otherwise.
 */
export function clientNoteFor(
  flags: readonly Pick<RedFlag, 'urgency'>[],
): Localized | null {
  const urgent = flags.some((flag) => flag.urgency === 'urgent_same_day');
  const review = flags.some((flag) => flag.urgency === 'gp_review');
  return review && !urgent ? GP_REVIEW_CLIENT_NOTE : null;
}

/**
 * The reassurance that may follow the red-flag screen: only when no red flag
 * was answered "yes", and never before the screen.
 */
export function reassuranceAfterScreen(
  flags: readonly unknown[],
): Localized | null {
  return flags.length === 0 ? AFTER_SCREEN_REASSURANCE : null;
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
