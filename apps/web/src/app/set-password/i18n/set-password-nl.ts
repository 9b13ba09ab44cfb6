/** Dutch texts of the set-password page (the `setPassword` section). */
export const setPasswordNl = {
  title: 'Wachtwoord instellen',
  heading: 'Stel je wachtwoord in',
  intro:
    'Welkom bij Herstelkompas. Kies een wachtwoord van minstens 12 tekens; daarna log je in met je e-mailadres en dit wachtwoord.',
  password: 'Nieuw wachtwoord',
  passwordHint: 'Minstens 12 tekens. Een zin van een paar woorden werkt goed.',
  confirm: 'Herhaal het wachtwoord',
  show: 'Wachtwoorden tonen',
  submit: 'Wachtwoord instellen',
  submitting: 'Bezig met instellen…',
  toLogin: 'Naar inloggen',
  reset: {
    title: 'Nieuw wachtwoord',
    heading: 'Kies een nieuw wachtwoord',
    intro:
      'Kies een wachtwoord van minstens 12 tekens. Daarna ben je op al je apparaten uitgelogd en log je opnieuw in.',
    again: 'Nieuwe link aanvragen',
  },
  errors: {
    required: 'Vul een wachtwoord in.',
    tooShort: 'Gebruik minstens 12 tekens.',
    confirmRequired: 'Herhaal het wachtwoord.',
    mismatch: 'De twee wachtwoorden zijn niet hetzelfde.',
  },
};
