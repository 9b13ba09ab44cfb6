import type { Lesson } from './lesson-types';

export const LESSON_REAL_PAIN: Lesson = {
  id: 'real-pain-safe-body',
  title: {
    nl: 'Echte pijn, zonder acuut gevaar',
    en: 'Real pain, without acute danger',
  },
  summary: {
    nl: 'Over pijn die blijft terwijl het weefsel al lang hersteld is, en waarom wat aangeleerd is vaak ook weer afgeleerd kan worden.',
    en: 'About pain that stays while the tissue healed long ago, and why what has been learned can often be unlearned.',
  },
  sections: [
    {
      heading: { nl: 'Een aangeleerd patroon', en: 'A learned pattern' },
      paragraphs: [
        {
          nl: 'De meeste weefsels in je lichaam herstellen binnen weken tot maanden. Toch kan pijn daarna blijven. Vaak is er dan sprake van neuroplastische pijn: je hersenen zijn veilige signalen uit je lichaam als gevaarlijk gaan lezen. Het alarm is aangeleerd, zoals je ook fietsen of een taal leert.',
          en: 'Most tissues in your body heal within weeks to months. Yet pain can stay after that. Often this is neuroplastic pain: your brain has started to read safe signals from your body as dangerous. The alarm has been learned, just as you learn to ride a bike or speak a language.',
        },
        {
          nl: 'Die pijn is echt. Je voelt hem echt, hij zit niet "tussen je oren" en je beeldt je niets in. Hersenscans laten zien dat pijn bij neuroplastische pijn net zo echt wordt aangemaakt als bij een verse blessure.',
          en: 'That pain is real. You truly feel it, it is not "all in your head" and you are not imagining anything. Brain scans show that neuroplastic pain is produced just as really as the pain of a fresh injury.',
        },
      ],
    },
    {
      heading: {
        nl: 'Tekenen die erop kunnen wijzen',
        en: 'Signs that may point to it',
      },
      paragraphs: [
        {
          nl: 'Sommige kenmerken passen vaak bij een aangeleerd patroon: pijn die van plek wisselt, pijn die begon in een stressvolle periode, pijn die sterk wisselt met je stemming of omgeving, of pijn die erger wordt als je eraan denkt of verwacht dat het pijn gaat doen. Je behandelaar kijkt samen met jou of dit bij jou past.',
          en: 'Some features often fit a learned pattern: pain that moves around, pain that began during a stressful period, pain that changes a lot with your mood or surroundings, or pain that gets worse when you think about it or expect it to hurt. Your practitioner looks with you at whether this fits you.',
        },
      ],
    },
    {
      heading: { nl: 'Afleren kan', en: 'Unlearning is possible' },
      paragraphs: [
        {
          nl: 'Wat aangeleerd is, kan vaak ook weer afgeleerd worden. Dat gebeurt door je hersenen keer op keer nieuwe, veilige ervaringen te geven: rustig bewegen terwijl je merkt dat het goed gaat, met nieuwsgierigheid naar sensaties kijken in plaats van met angst, en je systeem vaker in de ruststand brengen.',
          en: 'What has been learned can often be unlearned. That happens by giving your brain new, safe experiences again and again: moving calmly while noticing that it goes well, looking at sensations with curiosity instead of fear, and bringing your system into rest mode more often.',
        },
        {
          nl: "In een onderzoek uit 2022 (Ashar en collega's) gaf een behandeling die hierop gericht was veel mensen met langdurige rugpijn duidelijk minder pijn. Dat is geen belofte voor iedereen, wel een reden voor hoop.",
          en: 'In a 2022 study (Ashar and colleagues), a treatment aimed at this gave many people with long-lasting back pain clearly less pain. That is not a promise for everyone, but it is a reason for hope.',
        },
        {
          nl: 'Stop nooit zomaar met medicijnen; overleg dat altijd met je huisarts. En bij nieuwe klachten zoals gevoelloosheid, krachtverlies of koorts bel je dezelfde dag je huisarts.',
          en: 'Never simply stop medication; always discuss that with your GP. And with new symptoms such as numbness, weakness or fever, call your GP the same day.',
        },
      ],
    },
  ],
  reflection: {
    nl: 'Wat herken je hiervan bij jezelf? Zijn er momenten waarop je pijn anders reageert dan je zou verwachten?',
    en: 'What do you recognise of this in yourself? Are there moments when your pain responds differently from what you would expect?',
  },
  exercise: {
    domain: 'stress',
    title: { nl: 'Nieuwsgierig waarnemen', en: 'Noticing with curiosity' },
    text: {
      nl: 'Ga rustig zitten en richt je aandacht drie minuten op de plek die gevoelig is. Beschrijf voor jezelf wat je voelt (warm, strak, tintelend) zonder het te beoordelen, en zeg tegen jezelf: "mijn lichaam is veilig". Wordt het te veel, richt je aandacht dan op je adem of je voeten.',
      en: 'Sit calmly and rest your attention for three minutes on the sensitive spot. Describe to yourself what you feel (warm, tight, tingling) without judging it, and tell yourself: "my body is safe". If it becomes too much, move your attention to your breath or your feet.',
    },
  },
  sources: {
    nl: 'Meer weten: Ashar, Gordon e.a. (JAMA Psychiatry, 2022) over pijnverwerkingstherapie bij chronische rugpijn; het werk van Lorimer Moseley.',
    en: "Learn more: Ashar, Gordon et al. (JAMA Psychiatry, 2022) on pain reprocessing therapy for chronic back pain; Lorimer Moseley's work.",
  },
};
