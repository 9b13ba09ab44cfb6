import type { Lesson } from './lesson-types';

export const LESSON_ACTION_AND_REST: Lesson = {
  id: 'action-and-rest',
  title: { nl: 'Actiestand en ruststand', en: 'Action mode and rest mode' },
  summary: {
    nl: 'Je zenuwstelsel heeft twee standen. Wat gebeurt er als je te lang in de actiestand blijft, en hoe vind je de weg terug?',
    en: 'Your nervous system has two modes. What happens when you stay in action mode too long, and how do you find your way back?',
  },
  sections: [
    {
      heading: { nl: 'Twee standen', en: 'Two modes' },
      paragraphs: [
        {
          nl: 'Een deel van je zenuwstelsel werkt vanzelf, zonder dat je erover nadenkt: het autonome zenuwstelsel. Het regelt je hartslag, je ademhaling, je spijsvertering en je spierspanning. Het heeft grofweg twee standen.',
          en: 'Part of your nervous system works by itself, without you thinking about it: the autonomic nervous system. It runs your heartbeat, your breathing, your digestion and your muscle tension. Roughly, it has two modes.',
        },
        {
          nl: 'De actiestand (het sympathische deel) maakt je klaar om te vechten, te vluchten of stil te bevriezen. Je hart gaat sneller, je ademt hoger, je spieren spannen aan en je let scherp op gevaar. Handig als je moet rennen voor de bus.',
          en: 'Action mode (the sympathetic part) gets you ready to fight, flee or freeze. Your heart beats faster, you breathe higher, your muscles tense and you watch closely for danger. Useful when you have to run for the bus.',
        },
        {
          nl: 'De ruststand (het parasympathische deel) zorgt voor herstel. Je ademt rustiger, je spijsvertering komt op gang, je slaapt dieper en je lichaam repareert en laadt op.',
          en: 'Rest mode (the parasympathetic part) takes care of recovery. You breathe more calmly, digestion gets going, you sleep more deeply and your body repairs and recharges.',
        },
      ],
    },
    {
      heading: { nl: 'Vast in de actiestand', en: 'Stuck in action mode' },
      paragraphs: [
        {
          nl: 'Beide standen zijn gezond, zolang ze elkaar afwisselen. Maar door langdurige drukte, zorgen, pijn of slecht slapen kan je systeem in de actiestand blijven hangen. Je batterij loopt dan langzaam leeg, ook als je stilzit.',
          en: 'Both modes are healthy, as long as they take turns. But long-lasting busyness, worry, pain or poor sleep can leave your system stuck in action mode. Your battery then slowly drains, even when you sit still.',
        },
        {
          nl: 'In de actiestand staat ook je pijnalarm scherper. Je lichaam verwacht gevaar en waarschuwt eerder. Zo kunnen pijn en spanning elkaar versterken.',
          en: 'In action mode your pain alarm is also more sensitive. Your body expects danger and warns sooner. That is how pain and tension can feed each other.',
        },
      ],
    },
    {
      heading: { nl: 'De weg terug naar rust', en: 'The way back to rest' },
      paragraphs: [
        {
          nl: 'Je kunt de ruststand niet aanzetten met een knop, maar je kunt hem wel uitnodigen. Je ademhaling is daarbij een van de weinige ingangen die je zelf kunt sturen: een rustige, langere uitademing geeft je lichaam het signaal dat het veilig is.',
          en: 'You cannot switch on rest mode with a button, but you can invite it. Your breathing is one of the few doors you can steer yourself: a calm, longer out-breath tells your body that it is safe.',
        },
        {
          nl: 'Ook ritme helpt: op vaste tijden opstaan, eten en naar bed gaan, en kleine pauzes door de dag. Het gaat niet om perfectie. Elke keer dat je even terugschakelt, oefent je zenuwstelsel de weg naar rust.',
          en: 'Rhythm helps too: getting up, eating and going to bed at regular times, and small breaks through the day. It is not about perfection. Every time you shift down for a moment, your nervous system practises the way to rest.',
        },
      ],
    },
  ],
  reflection: {
    nl: 'Wat herken je hiervan bij jezelf? Op welke momenten van de dag merk je dat je in de actiestand staat?',
    en: 'What do you recognise of this in yourself? At which moments of the day do you notice you are in action mode?',
  },
  exercise: {
    domain: 'breathing',
    title: {
      nl: 'Rustig ademen: 4 in, 6 uit',
      en: 'Calm breathing: 4 in, 6 out',
    },
    text: {
      nl: 'Ga gemakkelijk zitten. Adem door je neus in terwijl je tot vier telt, en adem rustig uit terwijl je tot zes telt. Doe dit vijf minuten. Word je duizelig of licht in je hoofd, stop dan en adem gewoon verder.',
      en: 'Sit comfortably. Breathe in through your nose while counting to four, and breathe out calmly while counting to six. Do this for five minutes. If you feel dizzy or light-headed, stop and breathe normally.',
    },
  },
  sources: {
    nl: 'Meer weten: onderzoek naar het autonome zenuwstelsel en langzaam ademen, en het werk van Lorimer Moseley over pijn en bescherming.',
    en: "Learn more: research on the autonomic nervous system and slow breathing, and Lorimer Moseley's work on pain and protection.",
  },
};
