/** Dutch texts of the sign-in page (the `login` section). */
export const loginNl = {
  title: 'Inloggen',
  heading: 'Inloggen',
  intro: 'Log in met het e-mailadres en wachtwoord van je praktijkaccount.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  showPassword: 'Wachtwoord tonen',
  submit: 'Inloggen',
  submitting: 'Bezig met inloggen…',
  sessionExpired:
    'Je sessie is verlopen. Om je gegevens te beschermen ben je automatisch uitgelogd. Log opnieuw in om verder te gaan.',
  signedOut: 'Je bent uitgelogd.',
  passwordSet:
    'Je wachtwoord is ingesteld. Log in met je e-mailadres en je nieuwe wachtwoord.',
  passwordReset:
    'Je nieuwe wachtwoord is ingesteld en je bent overal uitgelogd. Log in met je nieuwe wachtwoord; daarna vraagt Herstelkompas zoals altijd je code als je tweestapsverificatie gebruikt.',
  forgot: 'Wachtwoord vergeten?',
  fieldErrors: {
    emailRequired: 'Vul je e-mailadres in.',
    emailFormat: 'Vul een geldig e-mailadres in, zoals naam@praktijk.nl.',
    passwordRequired: 'Vul je wachtwoord in.',
  },
  errors: {
    invalidCredentials: 'Het e-mailadres of wachtwoord klopt niet.',
    lockedUntil: 'Te veel mislukte pogingen. Probeer het opnieuw om {time}.',
    locked:
      'Te veel mislukte pogingen. Probeer het over een paar minuten opnieuw.',
    unreachable:
      'De server is niet bereikbaar. Controleer je verbinding en probeer het zo opnieuw.',
    unexpected: 'Er ging iets mis bij het inloggen. Probeer het opnieuw.',
    invalidCode:
      'Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in je app en probeer het opnieuw.',
    invalidRecoveryCode:
      'Deze herstelcode klopt niet of is al gebruikt. Controleer de code en probeer het opnieuw.',
    pendingExpired:
      'Je aanmelding is verlopen. Log opnieuw in met je e-mailadres en wachtwoord.',
  },
  mfa: {
    heading: 'Tweestapsverificatie',
    intro: 'Open je authenticator-app en vul de code van 6 cijfers in.',
    recoveryIntro:
      'Vul een van je herstelcodes in. Elke herstelcode werkt één keer.',
    submit: 'Bevestigen',
    back: 'Terug naar inloggen',
  },
};
