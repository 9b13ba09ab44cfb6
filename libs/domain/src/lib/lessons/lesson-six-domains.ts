import type { Lesson } from './lesson-types';

export const LESSON_SIX_DOMAINS: Lesson = {
  id: 'six-domains',
  title: { nl: 'Zes domeinen, één systeem', en: 'Six domains, one system' },
  summary: {
    nl: 'Stress, ademhaling, beweging, voeding, slaap en je immuunsysteem werken samen. Waarom je met één begint en de rest vaak volgt.',
    en: 'Stress, breathing, movement, nutrition, sleep and your immune system work together. Why you start with one and the others often follow.',
  },
  sections: [
    {
      heading: { nl: 'Je belastbaarheid', en: 'Your load capacity' },
      paragraphs: [
        {
          nl: 'Hoeveel je lichaam aankan, noemen we je belastbaarheid. Die hangt niet van één ding af, maar van zes domeinen samen: stress, ademhaling, beweging, voeding, slaap en je immuunsysteem. Samen bepalen ze hoeveel reserve je hebt, en dus ook hoe snel je pijnalarm afgaat.',
          en: 'How much your body can handle, we call your load capacity. It does not depend on one thing, but on six domains together: stress, breathing, movement, nutrition, sleep and your immune system. Together they decide how much reserve you have, and so also how quickly your pain alarm goes off.',
        },
        {
          nl: 'De domeinen beïnvloeden elkaar. Slecht slapen maakt je gevoeliger voor stress. Stress laat je hoger ademen. Hoog ademen maakt je spieren gespannen en bewegen lastiger. Minder bewegen maakt je slaap onrustiger. Zo kan een kringetje ontstaan.',
          en: 'The domains affect each other. Poor sleep makes you more sensitive to stress. Stress makes you breathe higher. Breathing high makes your muscles tense and moving harder. Moving less makes your sleep more restless. That is how a circle can start.',
        },
      ],
    },
    {
      heading: {
        nl: 'Beginnen bij het meest verstoorde domein',
        en: 'Starting with the most disturbed domain',
      },
      paragraphs: [
        {
          nl: 'Het goede nieuws is dat het kringetje ook de andere kant op kan draaien. Daarom kiezen je behandelaar en jij samen een focusdomein: het domein dat nu het meest verstoord is, of het domein waar jij het meeste verschil verwacht. Daar begin je.',
          en: 'The good news is that the circle can also turn the other way. That is why your practitioner and you choose a focus domain together: the domain that is most disturbed now, or the one where you expect the biggest difference. That is where you start.',
        },
        {
          nl: 'Vaak volgen de andere domeinen vanzelf een beetje mee. Wie beter slaapt, heeft meer rust voor stress; wie rustiger ademt, beweegt soepeler. Je hoeft dus niet alles tegelijk aan te pakken.',
          en: 'Often the other domains follow a little on their own. Someone who sleeps better has more calm for stress; someone who breathes more calmly moves more easily. So you do not have to tackle everything at once.',
        },
      ],
    },
    {
      heading: { nl: 'Zie het zelf gebeuren', en: 'Watch it happen yourself' },
      paragraphs: [
        {
          nl: 'Op je pagina "Mijn kompas" zie je je zes domeinen: waar je begon en waar je nu staat. Verandering gaat meestal met ups en downs. Een mindere week is geen terugval, maar een deel van de weg. Kijk vooral naar de richting over een langere tijd.',
          en: 'On your "My compass" page you see your six domains: where you started and where you are now. Change usually comes with ups and downs. A weaker week is not a relapse but part of the road. Look mainly at the direction over a longer time.',
        },
      ],
    },
  ],
  reflection: {
    nl: 'Wat herken je hiervan bij jezelf? Welke twee domeinen lijken bij jou het sterkst met elkaar verbonden?',
    en: 'What do you recognise of this in yourself? Which two domains seem most strongly connected for you?',
  },
  exercise: {
    domain: 'sleep',
    title: {
      nl: 'Een vaste afbouw voor het slapen',
      en: 'A fixed wind-down before sleep',
    },
    text: {
      nl: 'Zet een half uur voor het slapen je scherm weg, dim het licht en doe iets rustigs. Sta elke dag op dezelfde tijd op, ook in het weekend. Houd het een week vol en kijk wat er verandert, ook in de andere domeinen.',
      en: 'Half an hour before sleep, put your screen away, dim the light and do something calm. Get up at the same time every day, also at the weekend. Keep it up for a week and see what changes, also in the other domains.',
    },
  },
  sources: {
    nl: 'Meer weten: het biopsychosociale model van pijn, en het werk van Lorimer Moseley over belastbaarheid en bescherming.',
    en: "Learn more: the biopsychosocial model of pain, and Lorimer Moseley's work on load capacity and protection.",
  },
};
