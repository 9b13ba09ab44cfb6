import type { securityNl } from './security-nl';

/** English texts of Settings → Security, typed against the Dutch source. */
export const securityEn: typeof securityNl = {
  title: 'Security',
  loadError: 'The security settings could not be loaded.',
  mfa: {
    heading: 'Two-step verification',
    intro:
      'After your password, Herstelkompas asks for a 6-digit code from an authenticator app (such as Google Authenticator, Microsoft Authenticator or 1Password). This keeps your practice safe, even if someone knows your password.',
    on: 'On',
    off: 'Off',
    onSince: 'On since {date}.',
    required: 'Required for your account.',
    demoExempt: 'Demo practice: two-step verification is not required here.',
    codesLeft: {
      one: '{count} unused recovery code left.',
      other: '{count} unused recovery codes left.',
    },
    enable: 'Set up two-step verification',
    disable: 'Turn off two-step verification',
    disableIntro:
      'Enter a code from your app or a recovery code to turn off two-step verification.',
    disabled: 'Two-step verification is off.',
    newCodes: 'Make new recovery codes',
    newCodesIntro:
      'Enter a code from your app. Your old recovery codes stop working.',
    otherSessions: 'You have been signed out on your other devices.',
  },
  enrol: {
    passwordIntro:
      'First confirm with your password that it is you. Then you link your authenticator app.',
    password: 'Your password',
    passwordRequired: 'Enter your password.',
    continue: 'Continue',
    step1: '1. Scan the QR code with your authenticator app',
    manual: 'Cannot scan? Enter this key in the app:',
    copyKey: 'Copy key',
    qrLabel: 'QR code for your authenticator app',
    step2: '2. Enter the 6-digit code from the app',
    confirm: 'Confirm',
    confirming: 'Confirming…',
    starting: 'Preparing…',
  },
  codes: {
    heading: 'Your recovery codes',
    intro:
      'Lost your phone? Then sign in with one of these codes. Each code works once. Keep them somewhere safe, for example in your password manager or on paper. You will see them only once.',
    copy: 'Copy',
    copied: 'Recovery codes copied.',
    download: 'Download',
    saved: 'I have saved them',
    fileTitle: 'Herstelkompas recovery codes for {email}',
  },
  code: {
    label: '6-digit code',
    recoveryLabel: 'Recovery code',
    required: 'Enter the 6-digit code from your app.',
    format: 'A code consists of 6 digits.',
    recoveryRequired: 'Enter a recovery code.',
    useRecovery: 'Use a recovery code',
    useApp: 'Use a code from your app',
  },
  practice: {
    heading: 'Practice',
    toggle: 'Two-step verification required for practitioners',
    hint: 'Owners always use two-step verification. When you turn this on, practitioners set it up at their next click.',
    savedOn: 'Two-step verification is now required for practitioners.',
    savedOff: 'Two-step verification is no longer required for practitioners.',
  },
  password: {
    heading: 'Change password',
    current: 'Current password',
    new: 'New password',
    hint: 'At least 12 characters. Your other devices will be signed out.',
    submit: 'Change password',
    submitting: 'Changing…',
    changed:
      'Your password has been changed. You have been signed out on your other devices.',
    currentRequired: 'Enter your current password.',
    newRequired: 'Enter a new password.',
    tooShort: 'Use at least 12 characters.',
    repeat: 'Repeat the new password',
    repeatRequired: 'Repeat the new password.',
    mismatch: 'The two passwords are not the same.',
  },
  strength: {
    short: 'Too short.',
    shortHint: 'Use at least 12 characters.',
    weak: 'Weak:',
    weakHint:
      'too easy to guess, this password will be refused. Make it a phrase of a few unrelated words.',
    fair: 'Fair:',
    fairHint:
      'still too easy to guess, this password will be refused. Add a word.',
    good: 'Good:',
    goodHint: 'this password is strong enough.',
    strong: 'Strong:',
    strongHint: 'this password is hard to guess.',
  },
  setup: {
    title: 'Set up two-step verification',
    heading: 'Set up two-step verification',
    intro:
      'Two-step verification is required for your account. It takes two minutes: all you need is your phone with an authenticator app.',
    signOut: 'Sign out',
  },
};
