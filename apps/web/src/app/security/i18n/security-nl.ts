/** Dutch texts of Instellingen → Beveiliging and the forced set-up. */
export const securityNl = {
  title: 'Beveiliging',
  loadError: 'De beveiligingsinstellingen konden niet worden geladen.',
  mfa: {
    heading: 'Tweestapsverificatie',
    intro:
      'Na je wachtwoord vraagt Herstelkompas om een code van 6 cijfers uit een authenticator-app (zoals Google Authenticator, Microsoft Authenticator of 1Password). Zo blijft je praktijk veilig, ook als iemand je wachtwoord kent.',
    on: 'Aan',
    off: 'Uit',
    onSince: 'Aan sinds {date}.',
    required: 'Verplicht voor jouw account.',
    demoExempt: 'Demopraktijk: tweestapsverificatie is hier niet verplicht.',
    codesLeft: {
      one: 'Nog {count} ongebruikte herstelcode.',
      other: 'Nog {count} ongebruikte herstelcodes.',
    },
    enable: 'Tweestapsverificatie instellen',
    disable: 'Tweestapsverificatie uitzetten',
    disableIntro:
      'Vul een code uit je app of een herstelcode in om tweestapsverificatie uit te zetten.',
    disabled: 'Tweestapsverificatie staat uit.',
    newCodes: 'Nieuwe herstelcodes maken',
    newCodesIntro:
      'Vul een code uit je app in. Je oude herstelcodes werken daarna niet meer.',
    otherSessions: 'Je bent op je andere apparaten uitgelogd.',
  },
  enrol: {
    passwordIntro:
      'Bevestig eerst met je wachtwoord dat jij het bent. Daarna koppel je je authenticator-app.',
    password: 'Je wachtwoord',
    passwordRequired: 'Vul je wachtwoord in.',
    continue: 'Doorgaan',
    step1: '1. Scan de QR-code met je authenticator-app',
    manual: 'Lukt scannen niet? Voer deze sleutel in de app in:',
    copyKey: 'Sleutel kopiëren',
    qrLabel: 'QR-code voor je authenticator-app',
    step2: '2. Vul de code van 6 cijfers uit de app in',
    confirm: 'Bevestigen',
    confirming: 'Bezig met bevestigen…',
    starting: 'Bezig met voorbereiden…',
  },
  codes: {
    heading: 'Je herstelcodes',
    intro:
      'Ben je je telefoon kwijt? Dan log je in met een van deze codes. Elke code werkt één keer. Bewaar ze op een veilige plek, bijvoorbeeld in je wachtwoordmanager of op papier. Je ziet ze maar één keer.',
    copy: 'Kopiëren',
    copied: 'Herstelcodes gekopieerd.',
    download: 'Downloaden',
    saved: 'Ik heb ze bewaard',
    fileTitle: 'Herstelcodes Herstelkompas voor {email}',
  },
  code: {
    label: 'Code van 6 cijfers',
    recoveryLabel: 'Herstelcode',
    required: 'Vul de code van 6 cijfers uit je app in.',
    format: 'Een code bestaat uit 6 cijfers.',
    recoveryRequired: 'Vul een herstelcode in.',
    useRecovery: 'Gebruik een herstelcode',
    useApp: 'Gebruik een code uit je app',
  },
  practice: {
    heading: 'Praktijk',
    toggle: 'Tweestapsverificatie verplicht voor behandelaars',
    hint: 'Eigenaren gebruiken altijd tweestapsverificatie. Zet je dit aan, dan stellen behandelaars het in bij hun volgende klik.',
    savedOn: 'Tweestapsverificatie is nu verplicht voor behandelaars.',
    savedOff: 'Tweestapsverificatie is niet meer verplicht voor behandelaars.',
  },
  password: {
    heading: 'Wachtwoord wijzigen',
    current: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    hint: 'Minstens 12 tekens. Je andere apparaten worden uitgelogd.',
    submit: 'Wachtwoord wijzigen',
    submitting: 'Bezig met wijzigen…',
    changed:
      'Je wachtwoord is gewijzigd. Je bent op je andere apparaten uitgelogd.',
    currentRequired: 'Vul je huidige wachtwoord in.',
    newRequired: 'Vul een nieuw wachtwoord in.',
    tooShort: 'Gebruik minstens 12 tekens.',
    repeat: 'Herhaal het nieuwe wachtwoord',
    repeatRequired: 'Herhaal het nieuwe wachtwoord.',
    mismatch: 'De twee wachtwoorden zijn niet hetzelfde.',
  },
  strength: {
    short: 'Te kort.',
    shortHint: 'Gebruik minstens 12 tekens.',
    weak: 'Zwak:',
    weakHint:
      'te makkelijk te raden, dit wachtwoord wordt geweigerd. Maak er een zin van een paar losse woorden van.',
    fair: 'Matig:',
    fairHint:
      'nog te makkelijk te raden, dit wachtwoord wordt geweigerd. Voeg een woord toe.',
    good: 'Goed:',
    goodHint: 'dit wachtwoord is sterk genoeg.',
    strong: 'Sterk:',
    strongHint: 'dit wachtwoord is moeilijk te raden.',
  },
  setup: {
    title: 'Tweestapsverificatie instellen',
    heading: 'Stel tweestapsverificatie in',
    intro:
      'Voor jouw account is tweestapsverificatie verplicht. Het kost twee minuten: je hebt alleen je telefoon met een authenticator-app nodig.',
    signOut: 'Uitloggen',
  },
};
