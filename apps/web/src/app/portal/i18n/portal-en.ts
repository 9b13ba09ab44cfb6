import type { portalNl } from './portal-nl';

/** English texts of the client portal: the same shape as the Dutch. */
export const portalEn: typeof portalNl = {
  title: 'My compass',
  brand: 'My page',
  emergency: 'In an emergency: call 112 or your GP.',
  signOut: 'Sign out',
  loading: 'Loading…',
  loadError:
    'Your page does not open right now. Check your connection and try again.',
  retry: 'Try again',
  nav: {
    home: 'My compass',
    lessons: 'Lessons',
    homework: 'Homework',
    messages: 'Messages',
  },
  landing: {
    title: 'Sign in',
    heading: 'Welcome',
    intro: '{practice} has set up a personal page for you.',
    check:
      'First we check that it is really you. That way you know nobody else can see your page.',
    dobLabel: 'Your date of birth',
    dobHint: 'Day-month-year, for example 23-04-1978',
    submit: 'Continue',
    busy: 'Checking…',
    opening: 'Opening your page…',
    errors: {
      required: 'Enter your date of birth.',
      format:
        'Enter your date of birth as day-month-year, for example 23-04-1978.',
    },
  },
  unavailable: {
    heading: 'This link no longer works',
    body: 'A link works once and only for a while. That protects your data. Ask for a new sign-in link below, or contact your practice.',
    locked:
      'The date of birth was entered incorrectly a few times. To protect your data this link no longer works. Please contact your practice; they will gladly help you.',
    contact: 'Contact',
    newLink: 'Ask for a new sign-in link',
  },
  signIn: {
    title: 'Ask for a sign-in link',
    heading: 'Sign in to your page',
    intro:
      'Enter the email address your practice has for you. We send you a link to sign in with.',
    emailLabel: 'Your email address',
    submit: 'Send me a link',
    busy: 'Sending…',
    sent: 'If we know this email address, you will receive an email with a link within a few minutes. The link works once, for 15 minutes.',
    invalid: 'Enter a valid email address.',
    failed: 'That did not work just now. Please try again shortly.',
  },
  expired:
    'You were inactive for a while and have been signed out. Ask for a new sign-in link to continue.',
  home: {
    greeting: 'Hello {name}',
    intro:
      'Here you see how you are doing, what you are working on and what is coming up.',
    win: 'Your biggest progress: {domain}',
    winBody: 'From {first} to {latest}. Lower means less disturbed.',
    domainsHeading: 'Your six domains',
    domainsIntro:
      'Your first questionnaire ({first}) next to the latest ({latest}). Lower is less disturbed.',
    domainsOne:
      'Your first questionnaire ({first}). After the next one you will see here what has changed.',
    noIntake:
      'Once you have filled in your questionnaire, you will see your six domains here.',
    first: 'Start',
    latest: 'Now',
    noScore: 'no score',
    change: {
      better: 'less disturbed',
      worse: 'more disturbed',
      same: 'unchanged',
      unknown: 'not comparable yet',
    },
    focusHeading: 'What you are working on',
    focusNone:
      'Your practitioner chooses with you where to start. You will see it here afterwards.',
    appointmentsHeading: 'Your appointments',
    appointmentsNone: 'No appointments are planned right now.',
    appointmentWith: 'with {name}',
    reportsHeading: 'Your reports',
    reportsNone: 'No reports for you yet.',
    download: 'Download',
    lessonsHeading: 'Lessons for between sessions',
    lessonsProgress: '{read} of {total} lessons read',
    lessonsLink: 'To the lessons',
    checkInHeading: 'Your weekly check-in',
    checkInBody: 'How was your week? Let us know in less than a minute.',
    checkInLink: 'To your check-in',
  },
  lessons: {
    title: 'Lessons',
    heading: 'Lessons for between sessions',
    intro:
      'Six short lessons about pain, stress and recovery. Read them at your own pace, in this order or as you like.',
    minutes: '{minutes} min read',
    read: 'Read',
    unread: 'Not read yet',
    open: 'Read lesson {order}',
  },
  lesson: {
    back: 'All lessons',
    reflection: 'To think about',
    exercise: 'Exercise',
    exerciseNote:
      'Every exercise is optional: adjust it so that it feels right for you.',
    markRead: 'I have read this lesson',
    marked: 'Read',
    next: 'Next lesson',
    notFound: 'This lesson does not exist (any more).',
  },
  checkIn: {
    title: 'Check-in',
    heading: 'Your weekly check-in',
    intro:
      'How was the past week? Choose a number from 0 to 10 for each question. It takes less than a minute. This is your own estimate, not a test.',
    alreadySent:
      "This week's check-in was sent on {date}. Want to change something? Just send it again.",
    draftWaiting:
      'Your draft of {date} is waiting. Finish it whenever you like.',
    redFlagsHeading: 'First, this',
    redFlagsIntro:
      'A few short questions about your body in the last days. That way we are sure you do not need other help.',
    yes: 'Yes',
    no: 'No',
    weekHeading: 'The past week',
    reversed: 'Note: here a higher number means things are going better.',
    homeworkHeading: 'Which homework did you do?',
    homeworkHint:
      'Look back on this week. Your daily ticks under Homework stay as they are.',
    noteLabel: 'Anything else? (may stay empty)',
    send: 'Send',
    busy: 'Saving…',
    saveDraft: 'Save as draft',
    draftSaved: 'Your draft is saved. You can finish it later this week.',
    replaceQuestion:
      "You already sent this week's check-in. Do you want to replace it with this one?",
    replaceYes: 'Yes, replace it',
    replaceNo: 'No, keep the previous one',
    doneHeading: 'Thank you!',
    doneBody:
      'Your check-in has been sent. Your practitioner sees it at your next appointment or sooner.',
    backHome: 'Back to My compass',
    errors: {
      incomplete:
        'Choose a number for each question. Or save your answers as a draft.',
      redFlags: 'First answer the questions at the top with yes or no.',
      tooLong: 'Your sentence is too long: use at most {max} characters.',
      failed: 'Saving did not work just now. Please try again shortly.',
      homework:
        'Your homework for this week just changed. Check your ticks below and send again.',
    },
    dailyHeading: 'Today in short',
    dailyIntro:
      'If you like: your pain and how long you slept, every day. No need to.',
    sleepLabel: 'Hours of sleep last night',
    sleepHint: 'For example 7 or 6.5',
    dailySave: 'Save for today',
    dailySaved: 'Saved for today.',
    dailyInvalid:
      'Choose your pain from 0 to 10 and enter 0 to 14 hours of sleep, in half hours.',
  },
  messages: {
    title: 'Messages',
    heading: 'Messages',
    intro: 'Ask your practitioner a question or let them know something.',
    standing:
      'In an emergency: call 112 or your GP. Messages are not read straight away.',
    empty: 'No messages yet. Your first message will appear here.',
    you: 'You',
    label: 'Your message',
    hint: 'At most {max} characters',
    send: 'Send',
    busy: 'Sending…',
    sent: 'Your message has been sent.',
    read: 'Read',
    tooLong: 'Your message is too long: use at most {max} characters.',
    required: 'Write your message first.',
    failed: 'Sending did not work just now. Please try again shortly.',
    off: 'Your practice has turned messages off. Get in touch by phone or email.',
  },
  homework: {
    title: 'Homework',
    heading: 'Your homework',
    intro:
      'Exercises you agreed with your practitioner. Tick off what you did; a day later is fine too.',
    empty:
      'You have no homework this week. When your practitioner sets an exercise for you, you will see it here.',
    daily: 'Every day',
    weekly: '{times} times a week',
    period: 'From {from} up to and including {to}',
    week: 'This week done {done} of {target} times',
    open: 'View the exercise',
    doneToday: 'Done today',
    tickToday: 'Tick off for today',
    ticking: 'Ticking off…',
    ticked: 'Ticked off for today.',
    undo: 'Not done after all',
    noteLabel: 'Note for your practitioner',
    noteHint: 'Optional · at most {max} characters',
    noteTooLong: 'Your note is too long: use at most {max} characters.',
    minutesLabel: 'Minutes walked',
    minutesInvalid: 'Fill in a number of minutes from 0 to 1440.',
    failed: 'Ticking off did not work just now. Please try again shortly.',
    ended: 'Your practitioner has ended this exercise.',
    back: 'All your homework',
    steps: 'How to do it',
    safety: 'Please note',
    optional:
      'Every exercise is optional: adjust it so that it feels right for you.',
    minutes: 'About {minutes} minutes',
    notFound: "This exercise is not (or no longer) in this week's homework.",
    log: 'Your walking log',
    logEmpty:
      'Nothing logged yet. After your first walk, the minutes you walked appear here.',
    logMinutes: '{minutes} min',
    logNoMinutes: 'done',
    homeHeading: "This week's homework",
    homeIntro:
      'The exercises you agreed with your practitioner, with a breathing guide and a walking log.',
    homeLink: 'To your homework',
    pacer: {
      heading: 'Breathing guide',
      intro:
        'Breathe in while the circle grows and out while it shrinks. Start and pause with the button, also with the space bar or Enter.',
      in: 'Breathe in…',
      out: 'Breathe out…',
      ready: 'Ready to start',
      paused: 'Paused',
      start: 'Start',
      pause: 'Pause',
      resume: 'Resume',
      timing: 'In for {in} counts, out for {out} counts',
      elapsed: 'Going: {time}',
      count: 'Count {count}',
    },
  },
};
