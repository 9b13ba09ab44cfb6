import type { todayNl } from './today-nl';

/** English texts of Today, typed against the Dutch source. */
export const todayEn: typeof todayNl = {
  greeting: {
    morning: 'Good morning, {name}',
    afternoon: 'Good afternoon, {name}',
    evening: 'Good evening, {name}',
  },
  date: 'Today is {date}.',
  loadError: 'Your overview could not be loaded.',
  redFlags: {
    title: 'Red flags',
    empty: 'No open red flags.',
    item: '{count} open · {urgency}',
  },
  intakes: {
    title: 'Completed intakes to review',
    intro: 'Completed after the latest priority decision.',
    empty: 'No new completed intakes.',
    item: 'Completed on {date}',
  },
  mail: {
    title: 'Email not delivered',
    intro:
      'Sending failed even after the last attempt, or the mail server refuses the address. Check the email address or pass the link on yourself.',
    empty: 'All email has arrived.',
    failed: 'Sending failed: {error}',
    refused: 'Address refused ({email}): {error}',
  },
  notes: {
    title: 'Unsigned notes',
    intro: 'Drafts open for more than 48 hours.',
    empty: 'All notes are signed.',
    item: 'Session of {date}',
  },
  followUp: {
    title: 'Not seen for a while',
    intro:
      'Active clients without a session or intake in the past {weeks} weeks.',
    empty: 'Everyone has been seen in the past {weeks} weeks.',
    item: 'Last seen on {date}',
    weeks: 'After',
    weeksOption: '{weeks} weeks',
  },
  noImprovement: {
    title: 'No notable improvement',
    intro:
      'No notable improvement in the focus domains after two follow-ups. Consider a different approach or a referral.',
    empty: 'Everyone with follow-ups is showing movement.',
  },
  checkInWorsening: {
    title: 'Check-in: worsening',
    intro:
      "The latest check-in (the client's own estimate) is 2 points or more worse than the previous one, in pain or a focus domain.",
    empty: 'No check-ins with a worsening of 2 points or more.',
    pain: 'Pain',
  },
  checkInSilence: {
    title: 'No check-in for 2 weeks',
    intro: 'Clients who use the portal and sent no check-in for 2 weeks.',
    empty: 'Everyone in the portal sent a check-in in the past 2 weeks.',
    last: 'Last check-in {date}',
    never: 'Never a check-in yet',
  },
  practice: {
    title: 'The practice',
    byStatus: 'Clients by status',
    statusLink: {
      one: '{status}: {count} client, show the list',
      other: '{status}: {count} clients, show the list',
    },
    focus: 'How often each domain is a focus',
    focusHelp: 'Number of clients with this domain as a focus domain.',
    clients: { one: '{count} client', other: '{count} clients' },
  },
};
