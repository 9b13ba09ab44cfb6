/** Dutch texts of the forgot-password page (the `forgotPassword` section). */
export const forgotPasswordNl = {
  title: 'Wachtwoord vergeten',
  heading: 'Wachtwoord vergeten?',
  intro:
    'Vul het e-mailadres van je praktijkaccount in. Je krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.',
  email: 'E-mailadres',
  submit: 'Link versturen',
  submitting: 'Bezig met versturen…',
  sent: 'Als er een account is met {email}, krijgt dat adres binnen een paar minuten een e-mail met een link. De link werkt 30 minuten en één keer. Niets ontvangen? Kijk bij ongewenste e-mail of vraag de eigenaar van je praktijk.',
  back: 'Terug naar inloggen',
  errors: {
    emailRequired: 'Vul je e-mailadres in.',
    emailFormat: 'Vul een geldig e-mailadres in, zoals naam@praktijk.nl.',
  },
};
