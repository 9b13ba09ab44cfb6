import type { followUpsNl } from './follow-ups-nl';

/** English texts of the follow-up schedule, typed against the Dutch source. */
export const followUpsEn: typeof followUpsNl = {
  title: 'Follow-up',
  intro:
    'Plan the follow-up questionnaire ahead: the invitation is made and sent at 08:00 on the day itself.',
  next: 'Next follow-up: {date}',
  rule: {
    every: { one: 'Every week', other: 'Every {count} weeks' },
    once: 'Once',
  },
  sendBy: {
    email: 'by email to {email}',
    link: 'link prepared: hand it over with "Send again" under Intakes below',
  },
  none: 'No follow-up planned.',
  plan: 'Plan a follow-up',
  change: 'Change',
  stop: 'Stop',
  stopped: 'Follow-up stopped.',
  saved: 'Follow-up saved.',
  loadError: 'The follow-up could not be loaded.',
  dialog: {
    title: 'Plan a follow-up',
    mode: 'When',
    modeWeeks: 'Every so many weeks',
    modeDate: 'On a date',
    weeks: 'Number of weeks',
    weeksHint: 'The first one that many weeks from today (1 to 52).',
    date: 'Date',
    dateHint: 'dd-mm-yyyy, today or later',
    send: 'How',
    sendEmail: 'By email to {email}',
    sendLink: 'Only prepare the link, I share it myself',
    noEmail: 'This client has no email address: the link is prepared.',
    save: 'Save',
    saving: 'Saving…',
    failed: 'Not saved.',
    errors: {
      weeks: 'Enter a whole number of weeks, from 1 to 52.',
      date: 'Enter a valid date (dd-mm-yyyy).',
      past: 'Choose today or a date in the future.',
    },
  },
};
