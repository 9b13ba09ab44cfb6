import type { portalSettingsNl } from './portal-settings-nl';

/** English texts of Settings → Portal. */
export const portalSettingsEn: typeof portalSettingsNl = {
  title: 'Portal',
  intro:
    'What your clients read in the portal: our six lessons, each of which you can hide, and lessons your practice writes itself.',
  cardIntro:
    "Which lessons your clients see in the portal, and the practice's own lessons.",
  open: 'Portal settings',
  readOnly:
    'Only the owner of the practice can change the lessons. Want something different? Ask the owner.',
  builtin: {
    heading: 'Our six lessons',
    hint: 'A hidden lesson leaves the portal; what a client already read stays recorded.',
    show: 'Show to clients: {title}',
    shown: 'Shown',
    hidden: 'Hidden',
    minutes: '{minutes} min read',
    savedHidden: '"{title}" is hidden from your clients.',
    savedShown: '"{title}" is back in the portal.',
  },
  own: {
    heading: 'Own lessons',
    empty:
      'No lessons of your own yet. Add a lesson with a title, the reading time and the text.',
    add: 'Add lesson',
    edit: 'Edit',
    editLabel: 'Edit {title}',
    remove: 'Remove',
    removeLabel: 'Remove {title}',
    minutes: '{minutes} min read',
    updated: 'Changed {date}',
    confirmTitle: 'Remove lesson?',
    confirmBody: '"{title}" leaves the portal, with your clients\' read marks.',
    confirm: 'Remove',
    cancel: 'Cancel',
    removed: 'The lesson was removed.',
    saved: 'The lesson is saved and in the portal.',
  },
  form: {
    newHeading: 'New lesson',
    editHeading: 'Edit lesson',
    title: 'Title',
    minutes: 'Reading time in minutes',
    minutesHint: 'Between {min} and {max} minutes',
    body: 'Text',
    bodyHint:
      'Markdown: ## heading, **bold**, *italic*, - list. HTML shows as text. Write to the client as "you".',
    preview: 'Preview',
    previewHeading: 'What your client sees',
    previewEmpty: 'Type some text to see the preview.',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    required: 'Fill this in.',
    tooLong: 'Use at most {max} characters.',
    minutesRange: 'Choose a number from {min} to {max}.',
  },
  messaging: {
    heading: 'Messages',
    intro:
      'Turn messages between clients and the practice on or off under Settings → E-mail.',
    open: 'To e-mail settings',
  },
};
