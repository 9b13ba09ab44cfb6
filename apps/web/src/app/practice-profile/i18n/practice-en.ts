import type { practiceNl } from './practice-nl';

/** English texts of Settings → Practice. */
export const practiceEn: typeof practiceNl = {
  title: 'Practice',
  intro:
    'These details head every report and close every email Herstelkompas sends on behalf of the practice.',
  readOnly:
    'Only the owner of the practice can change these details. Something wrong? Ask the owner.',
  cardIntro:
    "The practice's name, address, contact details and logo, for reports and email.",
  open: 'Practice details',
  details: 'Details',
  name: 'Practice name',
  street: 'Street and number',
  postalCode: 'Postal code',
  postalCodeHint: 'For example 1234 AB',
  city: 'City',
  phone: 'Phone number',
  email: 'Email address',
  website: 'Website',
  websiteHint: 'For example practice.nl; https:// is added for you',
  kvk: 'KvK number',
  agb: 'AGB code',
  optional: 'Optional',
  reportClosing: 'Default closing of reports',
  reportClosingHint:
    'Shown at the end of every report for which the practitioner writes no closing of their own.',
  privacyStatementUrl: 'Address of the privacy statement',
  privacyStatementUrlHint:
    'Clients open this page from the consent step of the intake.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'The practice details have been saved.',
  empty: 'Not filled in',
  errors: {
    required: 'Enter the name of the practice.',
    postalCode: 'Enter a Dutch postal code such as 1234 AB.',
    phone:
      'Enter a phone number of at least 10 digits; only digits, spaces, +, - and parentheses.',
    email: 'Enter a valid email address, for example info@practice.nl.',
    website:
      'Enter a web address starting with https://, for example https://practice.nl.',
    kvk: 'A KvK number has 8 digits.',
    agb: 'An AGB code has 8 digits.',
  },
  logo: {
    heading: 'Logo',
    intro:
      'PNG or JPEG, at most 1 MB. The logo is scaled down to at most 600 × 200 pixels.',
    none: 'No logo yet.',
    alt: 'Logo of {practice}',
    choose: 'Choose a logo',
    replace: 'Choose another logo',
    remove: 'Remove logo',
    uploading: 'Uploading the logo…',
    uploaded: 'The logo has been saved.',
    removed: 'The logo has been removed.',
    wrongType:
      'Choose a PNG or JPEG image. Other files (such as SVG) are not accepted.',
    tooLarge: 'The logo is larger than 1 MB. Choose a smaller file.',
  },
  signature: {
    heading: 'Your signature',
    intro:
      'Reports for your clients end with your name, your profession and your registration.',
    profession: 'Profession',
    professionHint: 'For example Exercise therapist',
    registration: 'Registration',
    registrationHint: 'For example BIG 12345678 or KP-register 1234',
    save: 'Save signature',
    saved: 'Your signature has been saved.',
  },
};
