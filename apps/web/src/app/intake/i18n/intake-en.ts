import type { intakeNl } from './intake-nl';

/** English texts of the client intake, typed against the Dutch source. */
export const intakeEn: typeof intakeNl = {
  title: 'Questionnaire',
  loading: 'Loading the questionnaire…',
  loadError: {
    heading: 'The questionnaire cannot open right now',
    body: 'Check your internet connection and try again in a moment.',
    retry: 'Try again',
  },
  rateLimited:
    'That was a little fast. Wait a moment and we will try again. Your answers are kept.',
  unreachable:
    'There is no connection right now. Your answers are kept; please try again in a moment.',
  save: {
    saving: 'Saving…',
    saved: 'Saved',
    retrying: 'Not saved — we are trying again',
    offline: 'No connection — your answers are safe on this device',
    rejected: 'Not saved — please look at the message by the question',
    offlineNotice:
      'You are offline for a moment. Your answers are kept on this device and we will send them as soon as you are connected again.',
    backOnline: 'You are back online. Your answers have been saved.',
  },
  gate: {
    heading: 'Welcome',
    intro:
      '{practice} has asked you to fill in a questionnaire. Thank you for taking the time.',
    check:
      'First we check that it is really you. That way we know for sure that nobody else can see your answers.',
    dobLabel: 'Your date of birth',
    dobHint: 'Day-month-year, for example 23-04-1978',
    verify: 'Continue',
    verifying: 'Checking…',
    errors: {
      required: 'Please enter your date of birth.',
      format:
        'Please enter your date of birth as day-month-year, for example 23-04-1978.',
      future: 'This date is in the future. Please check your date of birth.',
      tooEarly: 'Please check the year of your date of birth.',
      failed:
        'This date of birth does not match what we have on file. Please check it and try again.',
    },
  },
  locked: {
    heading: 'This link is blocked for now',
    body: 'The date of birth was entered incorrectly a few times. To protect your details, the link no longer works. Please contact your practitioner; they will be happy to help.',
  },
  contact: {
    heading: 'Contact {practice}',
  },
  unavailable: {
    heading: 'This link does not work (any more)',
    body: 'The link may have expired or been replaced by a new one. Ask your practitioner for a new link so you can carry on.',
  },
  welcome: {
    greeting: 'Hello {name}',
    intro:
      'Thank you for filling in this questionnaire. {practitioner} of {practice} uses your answers to decide together with you where best to start.',
    domainsIntro:
      'The questions are about your health, your pain and these six domains:',
    practicalHeading: 'Good to know',
    duration: 'It takes about 10 to 15 minutes.',
    autosave:
      'Your answers are saved automatically. You can stop and carry on later, on another device too.',
    noWrongAnswers: 'There are no right or wrong answers.',
    notDiagnosis:
      'This is a tool for the conversation with your practitioner, not a diagnosis.',
    start: 'Start',
    resume: 'Continue with the questions',
  },
  consent: {
    heading: 'Your details',
    intro:
      'Your answers are about your health. That is why we first ask for your consent and tell you what we do with them.',
    whatHeading: 'What we keep',
    what: 'Your answers to this questionnaire and the result calculated from them. They are added to your record at the practice.',
    whoHeading: 'Who sees them',
    who: 'Only your practitioner or practitioners at {practice}. We share nothing with anyone else without your consent.',
    howLongHeading: 'How long',
    howLong: {
      care_provider:
        'Dutch law (WGBO) asks the practice to keep your record for 20 years. Would you like your details destroyed sooner? Ask your practitioner.',
      explicit_consent:
        'The practice keeps your details for as long as your care needs them. You can withdraw your consent at any time; your details are then deleted. Ask your practitioner.',
    },
    rightsHeading: 'Your rights',
    rights:
      'You may always see your details, have them corrected or have them deleted. Ask your practitioner.',
    version: 'Privacy statement version {version}',
    versionOpens: '(opens in a new tab)',
    check: 'I consent to the processing of my health data',
    accept: 'Continue to the questions',
    accepting: 'Saving…',
    decline: 'I do not consent',
    checkRequired:
      'Tick the box if you give your consent. Without consent we cannot keep your answers.',
  },
  declined: {
    heading: 'That is fine',
    body: 'Without your consent we ask no questions and keep nothing. Do you have questions or doubts? Please contact your practitioner; together you will find a good way forward.',
    back: 'Back to the consent',
  },
  urgent: {
    heading: 'Call your GP now',
    afterHours:
      'The number of the out-of-hours GP service (huisartsenpost: evening, night and weekend) is on your GP’s website.',
    call112: 'Call 112',
    notWait: 'Do not wait for your practitioner with this.',
    carryOn:
      'Afterwards you can finish and send the questions, so your practitioner knows too.',
  },
  step: {
    reassurance:
      'Thank you for your answers. For most people with long-lasting back pain there is no serious cause behind it, and the pain can ease step by step.',
    progress: 'Step {current} of {total}',
    skipQuestion:
      'Little has been filled in on this page yet. Without more answers we cannot take {domain} into account. Would you like to skip these questions?',
    skipYes: 'Skip',
    skipNo: 'Fill them in',
    painCheck:
      'Your average pain ({average}) is higher than your worst pain ({worst}). Is that right? Feel free to change it, or leave it as it is.',
    back: 'Back',
    next: 'Next',
    toReview: 'To the overview',
    errorsOne:
      'One question on this page still needs something. You will see it at the question itself.',
    errorsMany:
      '{count} questions on this page still need something. You will see it at each question.',
  },
  item: {
    required: 'This question is needed',
    decline: 'I would rather not say',
    declined: 'You chose not to say.',
    undoDecline: 'Answer after all',
    yes: 'Yes',
    no: 'No',
    scaleEnd: '{value}: {anchor}',
    scaleAnchor: '{value} = {anchor}',
    counter: '{count} of {max} characters',
    maxChoices: 'Choose at most {max}.',
    notANumber: 'Please enter a number, for example 7 or 7.5.',
  },
  review: {
    heading: 'Almost done',
    intro:
      'Here you see, per part, how many questions you have filled in. Skipping questions is fine; we only ask you to fill in what is needed.',
    answered: '{answered} of {total} filled in',
    missingOne: '1 question still needed',
    missingMany: '{count} questions still needed',
    unscored: 'too few answers to take into account',
    unscoredSummary:
      'For {domains} too little is filled in to calculate an outcome. That is fine. Would you like to fill it in after all? Choose "Change".',
    edit: 'Change',
    editLabel: 'Change {step}',
    note: 'After sending you can no longer change your answers.',
    noteAppointment:
      'Your practitioner looks at them before your next appointment.',
    noteContact: 'Your practitioner will get in touch with you.',
    submit: 'Send',
    submitting: 'Sending…',
    back: 'Back',
    needsAnswers: 'There is still a question we need. We will take you there.',
    failed:
      'Sending did not work just now. Your answers are kept; please try again in a moment.',
  },
  thanks: {
    heading: 'Thank you, {name}',
    headingNoName: 'Thank you',
    alreadySent: 'You have already filled in and sent this questionnaire.',
    body: 'Your answers have safely reached {practice}.',
    nextHeading: 'What happens next?',
    next: '{practitioner} looks at your answers before your next appointment. Together you then decide where best to start.',
    nextContact: 'Your practitioner will get in touch with you.',
    close: 'You can close this window now.',
  },
};
