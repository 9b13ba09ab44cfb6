import type { setPasswordNl } from './set-password-nl';

/** English texts of the set-password page (the `setPassword` section), typed against the Dutch source. */
export const setPasswordEn: typeof setPasswordNl = {
  title: 'Set password',
  heading: 'Set your password',
  intro:
    'Welcome to Herstelkompas. Choose a password of at least 12 characters; then sign in with your email address and this password.',
  password: 'New password',
  passwordHint: 'At least 12 characters. A sentence of a few words works well.',
  confirm: 'Repeat the password',
  show: 'Show passwords',
  submit: 'Set password',
  submitting: 'Setting password…',
  toLogin: 'Go to sign in',
  reset: {
    title: 'New password',
    heading: 'Choose a new password',
    intro:
      'Choose a password of at least 12 characters. Afterwards you are signed out on all your devices and sign in again.',
    again: 'Ask for a new link',
  },
  errors: {
    required: 'Enter a password.',
    tooShort: 'Use at least 12 characters.',
    confirmRequired: 'Repeat the password.',
    mismatch: 'The two passwords are not the same.',
  },
};
