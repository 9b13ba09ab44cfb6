import type { Lesson } from './lesson-types';

export const LESSON_SCANS: Lesson = {
  id: 'scans',
  title: {
    nl: 'Een scan vertelt niet alles',
    en: 'A scan does not tell the whole story',
  },
  summary: {
    nl: 'Veel mensen zonder pijn hebben "afwijkingen" op een scan, en veel mensen met pijn niet. Wat zegt een scan dan wel?',
    en: 'Many people without pain have "findings" on a scan, and many people with pain do not. So what does a scan tell you?',
  },
  sections: [
    {
      heading: { nl: 'Wat een scan laat zien', en: 'What a scan shows' },
      paragraphs: [
        {
          nl: 'Een MRI of röntgenfoto laat de bouw van je rug zien: botten, tussenwervelschijven, gewrichten. Wat hij niet laat zien, is hoe gevoelig je alarmsysteem staat. En juist dat bepaalt voor een groot deel hoeveel pijn je voelt.',
          en: 'An MRI or X-ray shows the structure of your back: bones, discs, joints. What it does not show is how sensitive your alarm system is. And that largely decides how much pain you feel.',
        },
      ],
    },
    {
      heading: { nl: 'Bevindingen zonder pijn', en: 'Findings without pain' },
      paragraphs: [
        {
          nl: "Een groot overzichtsonderzoek (Brinjikji en collega's, 2015) keek naar scans van mensen zonder rugpijn. Al bij ongeveer een derde van de twintigers zonder pijn waren er slijtageachtige veranderingen aan de tussenwervelschijven te zien. Bij tachtigers zonder pijn had bijna iedereen ze.",
          en: 'A large review (Brinjikji and colleagues, 2015) looked at scans of people without back pain. Already in about a third of people in their twenties without pain, wear-like changes of the discs were visible. In people in their eighties without pain, nearly everyone had them.',
        },
        {
          nl: 'Zulke veranderingen horen dus vaak gewoon bij ouder worden, zoals grijze haren of rimpels. Ze zijn niet vanzelf de oorzaak van pijn. Andersom komt ook veel voor: veel pijn en een scan waarop weinig te zien is.',
          en: 'Such changes are often simply part of getting older, like grey hair or wrinkles. They are not automatically the cause of pain. The reverse is common too: a lot of pain and a scan that shows little.',
        },
      ],
    },
    {
      heading: {
        nl: 'Medische informatie blijft belangrijk',
        en: 'Medical information still matters',
      },
      paragraphs: [
        {
          nl: 'Dit betekent niet dat scans nutteloos zijn. Soms zijn ze echt nodig, bijvoorbeeld om een zeldzame ernstige oorzaak uit te sluiten. Je huisarts of specialist beslist daarover, en wat zij zeggen blijft belangrijk.',
          en: 'This does not mean scans are useless. Sometimes they are truly needed, for example to rule out a rare serious cause. Your GP or specialist decides about that, and what they say still matters.',
        },
        {
          nl: 'Het betekent wel dat woorden als "slijtage" of "een hernia" je niet hoeven te laten schrikken. Je rug is sterk en kan herstellen. Vraag bij twijfel gerust aan je arts wat een bevinding voor jou betekent.',
          en: 'It does mean that words like "wear and tear" or "a slipped disc" need not frighten you. Your back is strong and can recover. When in doubt, feel free to ask your doctor what a finding means for you.',
        },
      ],
    },
  ],
  reflection: {
    nl: 'Wat herken je hiervan bij jezelf? Welke woorden over je rug zijn je bijgebleven, en hoe voelen die nu?',
    en: 'What do you recognise of this in yourself? Which words about your back have stayed with you, and how do they feel now?',
  },
  exercise: {
    domain: 'movement',
    title: { nl: 'Een wandelplan', en: 'A walking plan' },
    text: {
      nl: 'Kies een wandelduur die ruim onder je opvlamgrens ligt, bijvoorbeeld tien minuten. Loop die een week lang elke dag en schrijf op hoe het ging. Voeg daarna elke week een paar minuten toe. Stop en overleg als de pijn sterk toeneemt of er nieuwe klachten bijkomen.',
      en: 'Choose a walking time well below the level that causes a flare-up, for example ten minutes. Walk it every day for a week and write down how it went. Then add a few minutes each week. Stop and check in if the pain rises sharply or new symptoms appear.',
    },
  },
  sources: {
    nl: 'Meer weten: Brinjikji e.a., "Systematic literature review of imaging features of spinal degeneration in asymptomatic populations" (American Journal of Neuroradiology, 2015).',
    en: 'Learn more: Brinjikji et al., "Systematic literature review of imaging features of spinal degeneration in asymptomatic populations" (American Journal of Neuroradiology, 2015).',
  },
};
