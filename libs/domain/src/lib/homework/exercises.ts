import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { Language } from '../i18n/localized';
import type { Exercise } from './exercise-types';

/** Said with every exercise that involves the body: the same-day contact rule. */
const NEW_SYMPTOMS = {
  nl: 'Neem dezelfde dag contact op met je behandelaar of huisarts als de pijn sterk toeneemt of als er nieuwe klachten bijkomen, zoals een doof gevoel, krachtverlies, veranderingen bij plassen of ontlasting, of koorts.',
  en: 'Contact your practitioner or GP the same day if the pain rises sharply or new symptoms appear, such as numbness, weakness, changes in passing urine or stools, or fever.',
};

export const SLOW_BREATHING: Exercise = {
  id: 'slow-breathing',
  domain: 'breathing',
  title: {
    nl: 'Rustig ademen met een langere uitademing',
    en: 'Slow breathing with a longer out-breath',
  },
  summary: {
    nl: 'Een paar minuten rustig ademen, waarbij je langer uitademt dan inademt. Zo geef je je lichaam een signaal om naar de ruststand te gaan.',
    en: 'A few minutes of slow breathing, breathing out for longer than you breathe in. It gives your body a signal to shift towards rest mode.',
  },
  steps: [
    {
      nl: 'Ga gemakkelijk zitten of liggen. Leg eventueel een hand op je buik.',
      en: 'Sit or lie down comfortably. If you like, rest a hand on your belly.',
    },
    {
      nl: 'Adem rustig in door je neus, ongeveer 4 tellen. Je buik mag daarbij zacht bewegen.',
      en: 'Breathe in gently through your nose for about 4 counts. Your belly may move softly.',
    },
    {
      nl: 'Adem langzaam uit, ongeveer 6 tellen, alsof je zacht door een rietje blaast.',
      en: 'Breathe out slowly for about 6 counts, as if blowing gently through a straw.',
    },
    {
      nl: 'Volg de ademhulp op het scherm, ongeveer 5 minuten. Voelt 4 en 6 te lang, maak de tellen dan korter: het gaat om rust, niet om presteren.',
      en: 'Follow the breathing guide on the screen for about 5 minutes. If 4 and 6 feel too long, make the counts shorter: this is about calm, not performance.',
    },
    {
      nl: 'Merk na afloop op hoe je je voelt. Alles wat je merkt is goed.',
      en: 'Afterwards, notice how you feel. Whatever you notice is fine.',
    },
  ],
  safety: {
    nl: 'Stop en adem gewoon verder als je duizelig of licht in je hoofd wordt, of als je benauwd raakt. Overleg met je behandelaar als dat vaker gebeurt.',
    en: 'Stop and breathe normally if you feel dizzy or light-headed, or short of breath. Talk to your practitioner if this happens more often.',
  },
  minutes: 5,
  pacer: { inSeconds: 4, outSeconds: 6 },
};

export const CURIOUS_NOTICING: Exercise = {
  id: 'curious-noticing',
  domain: 'stress',
  title: {
    nl: 'Met nieuwsgierigheid opmerken',
    en: 'Noticing with curiosity',
  },
  summary: {
    nl: 'Een paar minuten aandacht voor wat je in je lichaam voelt, met nieuwsgierigheid in plaats van zorg, en met de boodschap dat je veilig bent.',
    en: 'A few minutes of attention for what you feel in your body, with curiosity instead of worry, and with the message that you are safe.',
  },
  steps: [
    {
      nl: 'Zoek een rustige plek en ga gemakkelijk zitten. Je ogen mogen open of dicht.',
      en: 'Find a quiet place and sit comfortably. Your eyes may be open or closed.',
    },
    {
      nl: 'Richt je aandacht op een plek in je lichaam die je voelt, bijvoorbeeld je rug. Kijk er naar zoals je naar het weer kijkt: wat merk je op?',
      en: 'Bring your attention to a place in your body you can feel, for example your back. Look at it the way you would look at the weather: what do you notice?',
    },
    {
      nl: 'Beschrijf het voor jezelf in gewone woorden: warm, strak, tintelend, drukkend. Verandert het als je er even bij blijft?',
      en: 'Describe it to yourself in plain words: warm, tight, tingling, pressing. Does it change when you stay with it a while?',
    },
    {
      nl: 'Zeg tegen jezelf, in je eigen woorden: "Dit is een signaal van mijn alarmsysteem. Ik ben hier veilig."',
      en: 'Tell yourself, in your own words: "This is a signal from my alarm system. I am safe here."',
    },
    {
      nl: 'Rond af door je aandacht naar je voeten en de ruimte om je heen te brengen.',
      en: 'Finish by bringing your attention to your feet and the room around you.',
    },
  ],
  safety: {
    nl: 'Stop als de oefening je erg onrustig of angstig maakt, en bespreek dat met je behandelaar. Je hoeft niets te forceren.',
    en: 'Stop if the exercise makes you very restless or anxious, and talk it over with your practitioner. You do not need to force anything.',
  },
  minutes: 5,
};

export const GRADED_WALKING: Exercise = {
  id: 'graded-walking',
  domain: 'movement',
  title: {
    nl: 'Wandelplan in kleine stappen',
    en: 'Walking plan in small steps',
  },
  summary: {
    nl: 'Elke dag een stukje wandelen, ruim onder het punt waarop de pijn opvlamt, en elke week een beetje meer. Je houdt bij hoeveel minuten je liep.',
    en: 'A short walk every day, well below the point where the pain flares up, and a little more each week. You keep a log of the minutes you walked.',
  },
  steps: [
    {
      nl: 'Kies samen met je behandelaar een startduur die ruim onder je opvlamgrens ligt, bijvoorbeeld 10 minuten.',
      en: 'Choose a starting time with your practitioner that is well below your flare-up level, for example 10 minutes.',
    },
    {
      nl: 'Loop die duur elke dag in een rustig tempo, ook op een goede dag niet langer.',
      en: 'Walk that long every day at an easy pace, and not longer on a good day either.',
    },
    {
      nl: 'Vink na het lopen af en vul in hoeveel minuten je liep.',
      en: 'After walking, tick it off and fill in how many minutes you walked.',
    },
    {
      nl: 'Ging de week goed? Voeg dan een paar minuten per dag toe. Was het zwaar, blijf dan nog een week op dezelfde duur.',
      en: 'Did the week go well? Then add a few minutes a day. Was it hard? Stay at the same time for another week.',
    },
  ],
  safety: NEW_SYMPTOMS,
  minutes: 10,
  log: 'minutes',
};

export const CALM_MEALS: Exercise = {
  id: 'calm-meals',
  domain: 'nutrition',
  title: { nl: 'Regelmatig en rustig eten', en: 'Regular, calm meals' },
  summary: {
    nl: 'Drie maaltijden op vaste tijden, zittend en zonder haast. Een vast ritme helpt je lichaam om tot rust te komen.',
    en: 'Three meals at regular times, sitting down and without hurry. A steady rhythm helps your body settle.',
  },
  steps: [
    {
      nl: 'Kies ongeveer vaste tijden voor ontbijt, lunch en avondeten.',
      en: 'Choose roughly fixed times for breakfast, lunch and dinner.',
    },
    {
      nl: 'Ga zitten om te eten, leg je telefoon weg en neem er minstens 15 minuten voor.',
      en: 'Sit down to eat, put your phone away and take at least 15 minutes.',
    },
    {
      nl: 'Neem voor de eerste hap twee rustige ademhalingen.',
      en: 'Take two calm breaths before the first bite.',
    },
    {
      nl: 'Vink af als het vandaag gelukt is en schrijf eventueel op wat hielp of wat lastig was.',
      en: 'Tick it off when it worked today and, if you like, note what helped or what was hard.',
    },
  ],
  safety: {
    nl: 'Dit is geen dieet: je hoeft niets te laten staan. Heb je een dieet van je arts of diëtist, volg dat dan gewoon. Overleg bij twijfel met je behandelaar.',
    en: 'This is not a diet: you do not have to give anything up. If you follow a diet from your doctor or dietitian, keep following it. When in doubt, talk to your practitioner.',
  },
  minutes: 15,
};

export const EVENING_WIND_DOWN: Exercise = {
  id: 'evening-wind-down',
  domain: 'sleep',
  title: { nl: 'Rustig afbouwen in de avond', en: 'An evening wind-down' },
  summary: {
    nl: 'Een vaste routine in het laatste uur voor het slapen, zodat je lichaam leert dat de dag klaar is.',
    en: 'A fixed routine in the last hour before sleep, so your body learns that the day is done.',
  },
  steps: [
    {
      nl: 'Zet een uur voor het slapen schermen uit of weg.',
      en: 'An hour before sleep, switch screens off or put them away.',
    },
    {
      nl: 'Dim het licht in huis en doe iets rustigs: lezen, douchen, zachte muziek.',
      en: 'Dim the lights at home and do something calm: reading, a shower, soft music.',
    },
    {
      nl: 'Schrijf zorgen of taken voor morgen kort op een briefje, dan hoef je ze niet vast te houden.',
      en: 'Jot down worries or tasks for tomorrow on a note, so you do not have to hold on to them.',
    },
    {
      nl: 'Sta elke ochtend op ongeveer dezelfde tijd op, ook in het weekend.',
      en: 'Get up at about the same time every morning, weekends included.',
    },
  ],
  safety: {
    nl: 'Slaap je weken achter elkaar heel slecht, of val je overdag ongewild in slaap, bespreek dat dan met je huisarts. Verander niets aan slaapmedicatie zonder je arts.',
    en: 'If you sleep very badly for weeks, or fall asleep during the day without wanting to, talk to your GP. Do not change any sleep medication without your doctor.',
  },
  minutes: 60,
};

export const RECOVERY_DAY: Exercise = {
  id: 'recovery-day',
  domain: 'immune',
  title: { nl: 'Een hersteldag plannen', en: 'Planning a recovery day' },
  summary: {
    nl: 'Plan bewust een dag met minder belasting en meer rust, zodat je batterij kan opladen voordat hij leeg is.',
    en: 'Deliberately plan a day with less load and more rest, so your battery can recharge before it runs empty.',
  },
  steps: [
    {
      nl: 'Kies een dag in de week en houd die zo leeg mogelijk: geen grote klussen of afspraken.',
      en: 'Pick a day of the week and keep it as empty as you can: no big jobs or appointments.',
    },
    {
      nl: 'Wissel korte activiteiten af met rustmomenten, bijvoorbeeld een half uur bezig en een kwartier rust.',
      en: 'Alternate short activities with moments of rest, for example half an hour of activity and a quarter of an hour of rest.',
    },
    {
      nl: 'Doe iets wat je goed doet: even naar buiten, iemand spreken die je energie geeft.',
      en: 'Do something that does you good: a little time outside, talking to someone who gives you energy.',
    },
    {
      nl: 'Merk aan het eind van de dag op hoe je batterij ervoor staat en vink de dag af.',
      en: 'At the end of the day, notice how your battery is doing and tick the day off.',
    },
  ],
  safety: {
    nl: 'Ben je ziek of herstel je van een ziekte, bouw dan extra rustig op. Neem contact op met je huisarts bij koorts die niet zakt of als je je steeds zieker voelt.',
    en: 'If you are ill or recovering from an illness, build up extra gently. Contact your GP if you have a fever that does not go down or you feel more and more unwell.',
  },
  minutes: 30,
};

/** The library, in the canonical domain order. */
export const EXERCISES: readonly Exercise[] = [
  CURIOUS_NOTICING,
  SLOW_BREATHING,
  GRADED_WALKING,
  CALM_MEALS,
  EVENING_WIND_DOWN,
  RECOVERY_DAY,
];

/** The library exercise's words as the client is asked to do it, in their language. */
export function exerciseInstructions(
  exercise: Exercise,
  language: Language,
): string {
  return [
    exercise.summary[language],
    ...exercise.steps.map((step, i) => `${i + 1}. ${step[language]}`),
    exercise.safety[language],
  ].join('\n\n');
}

/** The exercise with this id, or undefined for an unknown id. */
export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}

/**
 * The library grouped by domain, the given focus domains first (in their
 * order), then the other domains in the canonical order.
 */
export function exercisesByDomain(
  focus: readonly DomainId[] = [],
): { domain: DomainId; exercises: Exercise[] }[] {
  const order = [
    ...focus.filter((d, i) => focus.indexOf(d) === i),
    ...DOMAIN_IDS.filter((d) => !focus.includes(d)),
  ];
  return order.map((domain) => ({
    domain,
    exercises: EXERCISES.filter((e) => e.domain === domain),
  }));
}
