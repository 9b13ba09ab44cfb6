import type { mailNl } from './mail-nl';

/** English texts of Settings → Email. */
export const mailEn: typeof mailNl = {
  title: 'Email',
  intro:
    'All email Herstelkompas sends on behalf of the practice: intake invitations, appointments, reminders, invitations for colleagues and links for a new password.',
  openOutbox: 'View outgoing email',
  cardIntro: 'See what Herstelkompas sends and when the intake reminder goes.',
  noSmtp:
    'Email is not sent: no SMTP configured. Everything that would be sent is listed below, links included. The administrator sets SMTP_URL and MAIL_FROM (see the README, “Mail”).',
  smtpOn:
    'Email is sent through the configured mail server. If that fails, Herstelkompas tries again later.',
  messaging: {
    heading: 'Messages in the personal page',
    label: 'Clients can send messages',
    hint: 'Off: clients and practitioners can still read earlier messages, but no one can send new ones.',
  },
  checkInRedFlags: {
    heading: 'Red flags in the weekly check-in',
    label: 'Short red-flag screen in the check-in',
    hint: 'On: the check-in first asks the intake\'s questions about current symptoms (nerves, sudden severe pain, fever, feeling ill). A "yes" shows the client at once what to do and raises a red flag, as in the intake.',
  },
  reminder: {
    heading: 'Intake reminder',
    label: 'Send a reminder',
    off: 'No reminder',
    days: { one: 'After {count} day', other: 'After {count} days' },
    hint: 'Only for intakes sent by email and not yet filled in. A revoked or expired link gets no reminder.',
    saved: 'Saved',
  },
  appointmentReminder: {
    heading: 'Appointment reminder',
    label: 'Send a reminder',
    off: 'No reminder',
    hours: '{count} hours before',
    hint: 'When an appointment is booked, moved or cancelled the client gets an email with the appointment attached, and this reminder. Not for a cancelled or closed appointment.',
  },
  listHeading: 'Outgoing email',
  empty: 'No email yet.',
  to: 'To {email}',
  created: 'Created on {date}',
  showBody: 'Show content',
  attachment: 'Attachment: {name}',
  kinds: {
    intake_invitation: 'Intake invitation',
    intake_reminder: 'Intake reminder',
    team_invitation: 'Colleague invitation',
    password_reset: 'New password',
    mfa_enrolled_notice: 'Two-step sign-in set up (notice to owners)',
    mfa_disabled_notice: 'Two-step sign-in turned off (notice to owners)',
    portal_invitation: 'Client portal invitation',
    portal_sign_in: 'Client portal sign-in link',
    portal_message_notice: 'New message (client)',
    practitioner_message_notice: 'New message (practitioner)',
    appointment_confirmation: 'Appointment confirmation',
    appointment_update: 'Appointment changed',
    appointment_cancellation: 'Appointment cancelled',
    appointment_reminder: 'Appointment reminder',
  },
  status: {
    unsent: 'Not sent: no SMTP configured',
    scheduled: 'Scheduled for {date}',
    queued: 'Being sent',
    sending: 'Being sent',
    retrying: 'Sending failed, next attempt at {time}',
    sent: 'Sent on {date}',
    failed: {
      one: 'Sending failed after {count} attempt',
      other: 'Sending failed after {count} attempts',
    },
    refused: 'Refused by the recipient’s mail server',
    cancelled: 'Not sent: no longer needed',
  },
  loadError: 'The email could not be loaded.',
};
