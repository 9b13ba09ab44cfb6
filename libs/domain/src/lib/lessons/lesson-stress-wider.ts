import type { Lesson } from './lesson-types';

export const LESSON_STRESS_WIDER: Lesson = {
  id: 'stress-wider',
  title: {
    nl: 'Stress is breder dan drukte',
    en: 'Stress is wider than being busy',
  },
  summary: {
    nl: 'Ook als je je "prima" voelt, kan je systeem aan staan. Over de stille vormen van spanning.',
    en: 'Even when you feel "fine", your system can be switched on. About the quiet forms of tension.',
  },
  sections: [
    {
      heading: {
        nl: 'Meer dan een volle agenda',
        en: 'More than a full diary',
      },
      paragraphs: [
        {
          nl: 'Bij stress denken de meeste mensen aan een volle agenda, deadlines of ruzie. Dat telt zeker mee. Maar je zenuwstelsel reageert op meer dan wat er op je to-dolijst staat. Het reageert op alles wat het als druk of onveiligheid ervaart, ook als je dat zelf niet zo benoemt.',
          en: 'When people think of stress, most think of a full diary, deadlines or conflict. Those certainly count. But your nervous system responds to more than what is on your to-do list. It responds to everything it experiences as pressure or lack of safety, even when you would not call it that yourself.',
        },
      ],
    },
    {
      heading: {
        nl: 'Stille vormen van spanning',
        en: 'Quiet forms of tension',
      },
      paragraphs: [
        {
          nl: 'Perfectionisme: alles goed willen doen, voor iedereen klaarstaan, moeilijk nee kunnen zeggen. Het voelt als een goede eigenschap, en dat is het vaak ook, maar het houdt je systeem wel aan.',
          en: 'Perfectionism: wanting to do everything well, always being there for everyone, finding it hard to say no. It feels like a good quality, and often it is, but it does keep your system switched on.',
        },
        {
          nl: 'Gevoelens binnenhouden: boosheid, verdriet of teleurstelling wegduwen omdat ze niet passen of niet uitkomen. Die gevoelens verdwijnen niet vanzelf; je lichaam draagt ze mee.',
          en: 'Holding in feelings: pushing away anger, sadness or disappointment because they do not fit or come at a bad time. Those feelings do not just disappear; your body carries them along.',
        },
        {
          nl: 'Altijd alert zijn: steeds opletten of het goed gaat, met je gezondheid, je werk of de mensen om je heen. En oude ervaringen: wat je vroeger hebt meegemaakt, kan je systeem nog steeds voorzichtig maken.',
          en: 'Always being alert: constantly checking whether things are going well, with your health, your work or the people around you. And old experiences: what you went through in the past can still make your system cautious.',
        },
      ],
    },
    {
      heading: { nl: 'Waarom dit ertoe doet', en: 'Why this matters' },
      paragraphs: [
        {
          nl: 'Zulke spanning kan je pijnalarm gevoeliger maken, ook als je je "prima" voelt. Dat betekent niet dat de pijn verzonnen is. Het betekent dat er meer knoppen zijn om aan te draaien dan alleen je rug.',
          en: 'Tension like this can make your pain alarm more sensitive, even when you feel "fine". That does not mean the pain is made up. It means there are more dials to turn than your back alone.',
        },
        {
          nl: 'Je hoeft niet alles tegelijk te veranderen. Het begint met opmerken, zonder oordeel. Wat je opmerkt, kun je met je behandelaar bespreken.',
          en: 'You do not have to change everything at once. It starts with noticing, without judgement. What you notice, you can discuss with your practitioner.',
        },
      ],
    },
  ],
  reflection: {
    nl: 'Wat herken je hiervan bij jezelf? Welke stille vorm van spanning speelt bij jou misschien mee?',
    en: 'What do you recognise of this in yourself? Which quiet form of tension might play a part for you?',
  },
  exercise: {
    domain: 'stress',
    title: { nl: 'Een piekerkwartier', en: 'A worry window' },
    text: {
      nl: 'Kies elke dag een vast kwartier om te piekeren en schrijf je zorgen dan op. Komt er buiten dat kwartier een zorg op, zeg dan tegen jezelf: "daar denk ik straks aan". Stop als het je onrustiger maakt, en bespreek het met je behandelaar.',
      en: 'Choose a fixed quarter of an hour each day to worry, and write your worries down then. If a worry comes up outside that time, tell yourself: "I will think about that later". Stop if it makes you more restless, and discuss it with your practitioner.',
    },
  },
  sources: {
    nl: 'Meer weten: het werk van John Sarno over spanning en rugpijn, en van Howard Schubiner en Alan Gordon over emoties en aanhoudende pijn.',
    en: 'Learn more: the work of John Sarno on tension and back pain, and of Howard Schubiner and Alan Gordon on emotions and persistent pain.',
  },
};
