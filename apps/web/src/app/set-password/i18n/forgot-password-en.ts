import type { forgotPasswordNl } from './forgot-password-nl';

/** English texts of the forgot-password page (the `forgotPassword` section), typed against the Dutch source. */
export const forgotPasswordEn: typeof forgotPasswordNl = {
  title: 'Forgot password',
  heading: 'Forgot your password?',
  intro:
    'Enter the email address of your practice account. You will receive an email with a link to choose a new password.',
  email: 'Email address',
  submit: 'Send link',
  submitting: 'Sending…',
  sent: 'If there is an account with {email}, that address receives an email with a link within a few minutes. The link works for 30 minutes, once. Nothing arrived? Check your spam folder or ask the owner of your practice.',
  back: 'Back to sign in',
  errors: {
    emailRequired: 'Enter your email address.',
    emailFormat: 'Enter a valid email address, such as name@practice.nl.',
  },
};
