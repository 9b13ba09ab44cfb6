import type { priorityNl } from './priority-nl';

/** English texts of the Priorities tab, typed against the Dutch source. */
export const priorityEn: typeof priorityNl = {
  title: 'Priorities',
  computedHeading: 'Computed',
  computedFrom: 'From the assessment of {date}',
  chosenHeading: 'Chosen by practitioner',
  chosenHint:
    'Drag a domain into place or use the arrows. Choose one to three focus domains.',
  score: 'score {score}',
  noScore: 'no score',
  tied: 'tied with {domains}',
  closeCall: 'close call — your judgement counts',
  focusBadge: 'focus',
  computedPlace: 'computed: {rank}',
  place: 'Place {rank}',
  pendingMedical: 'Awaiting medical review',
  pendingMedicalBody:
    'A red flag is still open. Start on the focus once the GP or specialist has had a look.',
  focus: 'Focus',
  focusLabel: '{domain} as focus domain',
  focusMax:
    'You have chosen three focus domains. Remove one first to choose another.',
  moveUp: 'Move {domain} up one place',
  moveDown: 'Move {domain} down one place',
  moved: '{domain} is now in place {rank} of 6.',
  orderLabel: 'Chosen order of the domains',
  reasonCode: 'Reason',
  reasonText: 'Explanation',
  reasonTextHint: 'Needed because you differ from the computed order or focus.',
  reasonTextOptional: 'Optional while you follow the computed order.',
  differs: 'differs from computed',
  same: 'same as computed',
  save: 'Save decision',
  saved: 'Decision saved',
  reset: 'Back to computed order',
  resetDone: 'The computed order and focus are back.',
  loadError: 'The priorities could not be loaded.',
  saveError: 'The decision was not saved.',
  keptTyped: 'Your choices are still here.',
  emptyTitle: 'No assessment yet',
  emptyBody:
    'Once the intake is completed, you will see here which domains are most disturbed. Send an intake first; then choose here where to start.',
  olderDecision:
    'The latest decision ({date}) belongs to an earlier assessment. Below is the new computation; choose again.',
  history: {
    heading: 'Earlier decisions',
    empty:
      'No decisions yet. Choose the order and focus and save your first decision.',
    by: '{date} by {name}',
    order: 'Order',
    focus: 'Focus',
    reason: 'Reason',
    current: 'current',
  },
};
