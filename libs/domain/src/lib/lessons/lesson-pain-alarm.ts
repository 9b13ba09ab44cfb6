import type { Lesson } from './lesson-types';

export const LESSON_PAIN_ALARM: Lesson = {
  id: 'pain-alarm',
  title: {
    nl: 'Pijn is een alarm, geen schademeter',
    en: 'Pain is an alarm, not a damage meter',
  },
  summary: {
    nl: 'Waarom pijn iets anders zegt dan je denkt, en waarom een gevoelig alarm weer rustiger kan worden.',
    en: 'Why pain says something different from what you may think, and why a sensitive alarm can calm down again.',
  },
  sections: [
    {
      heading: {
        nl: 'Sensoren, geen pijnkabels',
        en: 'Sensors, not pain wires',
      },
      paragraphs: [
        {
          nl: 'Lang dachten we dat er in je lichaam pijnkabels lopen: raak je iets, dan gaat er een pijnsignaal naar je hersenen. Zo werkt het niet. Je lichaam heeft sensoren die druk, temperatuur en chemische veranderingen opmerken. Die sensoren sturen informatie, geen pijn.',
          en: 'For a long time we thought your body contains pain wires: touch something and a pain signal travels to your brain. That is not how it works. Your body has sensors that notice pressure, temperature and chemical changes. Those sensors send information, not pain.',
        },
        {
          nl: 'Je hersenen wegen die informatie. Ze kijken naar wat je eerder hebt meegemaakt, hoe je je voelt, wat je verwacht en waar je bent. Pas daarna besluiten ze of pijn nodig is. Pijn is dus altijd echt, en tegelijk een besluit van je zenuwstelsel om je te beschermen.',
          en: 'Your brain weighs that information. It looks at what you have been through before, how you feel, what you expect and where you are. Only then does it decide whether pain is needed. So pain is always real, and at the same time a decision of your nervous system to protect you.',
        },
      ],
    },
    {
      heading: {
        nl: 'Een alarm dat te scherp staat',
        en: 'An alarm set too sensitive',
      },
      paragraphs: [
        {
          nl: 'Denk aan een rookmelder. Een goede melder gaat af bij brand. Een te gevoelige melder gaat ook af als je een boterham roostert. Het alarm is dan echt en luid, maar het zegt weinig over hoeveel gevaar er is.',
          en: 'Think of a smoke alarm. A good alarm goes off when there is a fire. An alarm that is too sensitive also goes off when you make toast. The alarm is real and loud, but it says little about how much danger there is.',
        },
        {
          nl: 'Bij pijn die lang blijft, is het alarm vaak gevoeliger geworden. Je zenuwstelsel heeft geleerd om sneller te waarschuwen. Dat is geen fout van jou en ook geen teken dat je rug kapot is. Het is een beschermend systeem dat extra zijn best doet.',
          en: 'When pain lasts a long time, the alarm has often become more sensitive. Your nervous system has learned to warn sooner. That is not your fault, and it is not a sign that your back is broken. It is a protective system trying extra hard.',
        },
      ],
    },
    {
      heading: {
        nl: 'Wat dit betekent voor jou',
        en: 'What this means for you',
      },
      paragraphs: [
        {
          nl: 'Meer pijn betekent niet automatisch meer schade. Je mag bewegen, ook als het wat gevoelig is, zolang je het rustig opbouwt. Slaap, stress, zorgen en vermoeidheid kunnen het alarm harder zetten; rust, veiligheid, plezier en vertrouwen kunnen het zachter zetten.',
          en: 'More pain does not automatically mean more damage. You may move, even when it is a little sensitive, as long as you build up calmly. Sleep, stress, worry and tiredness can turn the alarm up; rest, safety, enjoyment and trust can turn it down.',
        },
        {
          nl: 'Het goede nieuws: een alarm dat gevoeliger is geworden, kan ook weer rustiger worden. Dat gaat stap voor stap, en je behandelaar helpt je daarbij.',
          en: 'The good news: an alarm that has become more sensitive can also become calmer again. That happens step by step, and your practitioner helps you with it.',
        },
        {
          nl: 'Komt er iets nieuws bij, zoals gevoelloosheid, krachtverlies, problemen met plassen of ontlasting, of koorts? Neem dan dezelfde dag contact op met je huisarts.',
          en: 'Does something new appear, such as numbness, weakness, problems with passing urine or stools, or fever? Then contact your GP the same day.',
        },
      ],
    },
  ],
  reflection: {
    nl: 'Wat herken je hiervan bij jezelf? Wanneer staat jouw alarm harder, en wanneer zachter?',
    en: 'What do you recognise of this in yourself? When is your alarm louder, and when softer?',
  },
  exercise: {
    domain: 'stress',
    title: { nl: 'Alarmdagboek, één week', en: 'Alarm diary, one week' },
    text: {
      nl: 'Schrijf een week lang elke avond één regel op: wanneer was de pijn vandaag sterker en wanneer minder, en wat gebeurde er om je heen? Zoek naar patronen, niet naar schuld.',
      en: 'For one week, write one line every evening: when was the pain stronger today and when weaker, and what was happening around you? Look for patterns, not for blame.',
    },
  },
  sources: {
    nl: 'Meer weten: het werk van pijnwetenschapper Lorimer Moseley over pijn als bescherming.',
    en: "Learn more: pain scientist Lorimer Moseley's work on pain as protection.",
  },
};
