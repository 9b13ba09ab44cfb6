import type { clientIntakeNl } from './client-intake-nl';

/** English texts for sending intakes, typed against the Dutch source. */
export const clientIntakeEn: typeof clientIntakeNl = {
  send: 'Send intake',
  variants: { baseline: 'First intake', follow_up: 'Follow-up' },
  status: {
    sent: 'Sent',
    opened: 'Opened',
    in_progress: 'Filling in',
    submitted: 'Completed',
    expired: 'Expired',
    revoked: 'Revoked',
  },
  dialog: {
    title: 'Send intake',
    intro:
      '{name} gets a personal link to the questionnaire. It takes about 10 to 15 minutes.',
    variant: 'Which questionnaire?',
    variantHelp: {
      baseline:
        'The full questionnaire: the six domains, pain, history and red flags.',
      follow_up:
        'Shorter: the six domains, pain and red flags, to see the change.',
    },
    openLinks: {
      one: 'A link is already open. It keeps working; revoke it under Intakes on the overview if it is no longer needed.',
      other:
        '{count} links are already open. They keep working; revoke them under Intakes on the overview if they are no longer needed.',
    },
    sendBy: 'How does {name} get the link?',
    sendByEmail: 'Send by email to {email}',
    sendByEmailHelp:
      'Herstelkompas sends the invitation itself, in {language}. You see at the intake whether it arrived.',
    sendByLink: 'Pass it on yourself',
    sendByLinkHelp:
      'Copy it, a QR code in the practice, or your own email program.',
    expiry: 'Valid for',
    expiryOption: '{days} days',
    expiryHint:
      'After that the link stops working; you can always make a new one.',
    create: 'Create link',
    createAndSend: 'Send',
    creating: 'Creating…',
    emailQueued:
      'The invitation goes by email to {email}. Whether it arrived is shown at the intake on this page.',
    doneTitle: 'The link is ready',
    doneIntro:
      'Give {name} this personal link ({variant}). It works until {date}; {name} first enters their date of birth as a check.',
    linkLabel: 'Personal link for {name}',
    copy: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Copying did not work. Select the link and copy it yourself.',
    once: 'You see this link only now: it is not stored in readable form. Lost it? Make a new one.',
    qrTitle: 'Fill in at the practice',
    qrLabel: 'QR code with the link to the questionnaire',
    qrHelp:
      'Scan the code with the practice tablet and hand the tablet to {name}.',
    mailTitle: 'By email',
    mail: 'Open email',
    mailHelp:
      'Opens your email program with a ready invitation to {email}, in {language}. Read it through and send it yourself.',
    languages: { nl: 'Dutch', en: 'English' },
    done: 'Done',
  },
  list: {
    title: 'Intakes',
    intro: 'Links sent and how far the client has got.',
    empty: 'No intake sent yet.',
    sent: 'Sent on {date} ({age})',
    age: {
      zero: 'today',
      one: '1 day ago',
      other: '{count} days ago',
    },
    expires: 'expires on {date}',
    expired: 'expired on {date}',
    submitted: 'completed on {date}',
    revokedShort: 'no longer works',
    overdue: 'Open too long: not completed after 7 days',
    locked: 'Blocked after too many attempts — send a new link',
    urgentInDraft:
      'Urgent: the unsent draft holds an answer that asks the client to call the GP today',
    revoke: 'Revoke',
    resend: 'Send again',
    revoked: 'The link has been revoked and no longer works.',
    loadError: 'The intakes could not be loaded.',
    delivery: {
      queued: 'Email to {email} is being sent',
      sending: 'Email to {email} is being sent',
      scheduled: 'Email to {email} scheduled',
      sent: 'Email to {email} sent on {date}',
      retrying: 'Sending failed, next attempt at {time}',
      failed: {
        one: 'Sending failed after {count} attempt: {error}',
        other: 'Sending failed after {count} attempts: {error}',
      },
      refused:
        'The mail server refuses {email}: {error}. Check the email address.',
      unsent: 'Not sent: no SMTP configured (see Settings → Email)',
      cancelled: 'Email not sent: the link had been revoked or had expired',
    },
  },
  state: {
    label: 'Intake status',
    none: 'No intake sent yet',
    noneWithAssessment: 'Assessment on record · no intake link sent yet',
    sentEmail: '{variant} sent by email on {date}',
    sentLink: '{variant} made as a link on {date}',
    notOpened: 'not opened yet',
    opened: 'opened on {date}',
    inProgress: 'being filled in',
    reminderSent: 'reminder sent on {date}',
    reminderPlanned: 'reminder planned for {date}',
    expires: 'expires on {date}',
    submitted: '{variant} completed on {date}',
    expired: '{variant}: the link expired on {date}',
    revoked: '{variant}: the link was revoked on {date}',
    locked: 'locked after too many attempts',
    mailProblem: 'email not delivered',
    resend: 'Send again',
  },
};
