import type { goalsNl } from './goals-nl';

/** English texts of the Goals tab, typed against the Dutch source. */
export const goalsEn: typeof goalsNl = {
  title: 'Goals',
  new: 'New goal',
  statuses: {
    proposed: 'Proposed',
    active: 'Active',
    achieved: 'Achieved',
    not_achieved: 'Not achieved',
    dropped: 'Dropped',
  },
  statusLabel: 'Status',
  statusFor: 'Status of the goal “{goal}”',
  statusSaved: 'Status updated',
  statusError: 'The status was not updated.',
  target: {
    scoreBelow: 'Target: score below {value}',
    text: 'Target: {text}',
  },
  progress: {
    latest: 'Latest score {score}',
    met: 'met',
    notYet: 'not met yet',
    noScore: 'No score to compare with yet',
  },
  due: 'Due {date}',
  count: { one: '1 goal', other: '{count} goals' },
  loadError: 'The goals could not be loaded.',
  emptyTitle: 'No goals yet',
  emptyBody:
    'Agree on a goal per domain, measurable if you can: for example the sleep score below 40 within three months. Start with “New goal”.',
  dialog: {
    title: 'New goal',
    domain: 'Domain',
    description: 'Description',
    descriptionHint: 'What does the client want to achieve, in plain words?',
    targetKind: 'Measurable target',
    kinds: {
      none: 'None',
      score_below: 'Domain score below a value',
      text: 'Own description',
    },
    value: 'Score below',
    valueHint: '0-100; lower means less disturbed.',
    targetText: 'Target in words',
    targetTextHint: 'For example “walk 20 minutes 3 times a week”.',
    dueDate: 'Due date',
    dueDateHint: 'dd-mm-yyyy, may stay empty',
    status: 'Status',
    save: 'Save goal',
    saved: 'Goal saved',
    failed: 'The goal was not saved.',
    errors: {
      domainRequired: 'Choose a domain.',
      descriptionRequired: 'Describe the goal.',
      valueRange: 'Enter a number from 0 to 100.',
      textRequired: 'Describe what should be achieved.',
      dateFormat: 'Enter the date as dd-mm-yyyy, for example 01-03-2027.',
      tooLong: 'Use at most {max} characters.',
    },
  },
};
