import type { loginNl } from './login-nl';

/** English texts of the sign-in page (the `login` section), typed against the Dutch source. */
export const loginEn: typeof loginNl = {
  title: 'Sign in',
  heading: 'Sign in',
  intro:
    'Sign in with the email address and password of your practice account.',
  email: 'Email address',
  password: 'Password',
  showPassword: 'Show password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  sessionExpired:
    'Your session has expired. To protect your data you were signed out automatically. Sign in again to continue.',
  signedOut: 'You have signed out.',
  passwordReset:
    'Your new password is set and you are signed out everywhere. Sign in with your new password; as always, Herstelkompas then asks for your code if you use two-step verification.',
  forgot: 'Forgot your password?',
  passwordSet:
    'Your password has been set. Sign in with your email address and your new password.',
  fieldErrors: {
    emailRequired: 'Enter your email address.',
    emailFormat: 'Enter a valid email address, such as name@practice.com.',
    passwordRequired: 'Enter your password.',
  },
  errors: {
    invalidCredentials: 'The email address or password is incorrect.',
    lockedUntil: 'Too many failed attempts. Try again at {time}.',
    locked: 'Too many failed attempts. Try again in a few minutes.',
    unreachable:
      'We could not reach the server. Check your connection and try again shortly.',
    unexpected: 'Something went wrong while signing in. Please try again.',
    invalidCode:
      'This code is incorrect or has been used already. Wait for a new code in your app and try again.',
    invalidRecoveryCode:
      'This recovery code is incorrect or has been used already. Check the code and try again.',
    pendingExpired:
      'Your sign-in has expired. Please sign in again with your email address and password.',
  },
  mfa: {
    heading: 'Two-step verification',
    intro: 'Open your authenticator app and enter the 6-digit code.',
    recoveryIntro:
      'Enter one of your recovery codes. Each recovery code works once.',
    submit: 'Confirm',
    back: 'Back to sign-in',
  },
};
