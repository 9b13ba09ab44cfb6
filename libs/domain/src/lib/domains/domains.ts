import type { Localized } from '../i18n/localized';
import { deepFreeze } from '../util/deep-freeze';
import { DOMAIN_IDS, type DomainId } from './domain-ids';

/** What the product knows about one domain, for every screen and the PDF. */
export interface DomainDefinition {
  readonly id: DomainId;
  /** Display name, capitalised ("Ademhaling" / "Breathing"). */
  readonly name: Localized;
  /** Two or three warm, plain sentences for clients (Dutch with "je"). */
  readonly explanation: Localized;
  /** Okabe-Ito colour (colour-blind safe); never shown without name or icon. */
  readonly colour: string;
  /** Material Symbols icon name. */
  readonly icon: string;
}

/**
 * The six domains by id. Iterate with {@link DOMAIN_IDS} (or use
 * {@link DOMAIN_LIST}) to keep the canonical order.
 */
export const DOMAINS: Readonly<Record<DomainId, DomainDefinition>> = deepFreeze(
  {
    stress: {
      id: 'stress',
      name: { nl: 'Stress', en: 'Stress' },
      explanation: {
        nl: 'Stress is meer dan drukte. Hoge eisen aan jezelf, gevoelens wegstoppen of altijd alert zijn houden je lichaam in de actiestand. Dan gaat je alarmsysteem sneller af, ook in je rug.',
        en: 'Stress is more than being busy. High standards for yourself, holding feelings in or always being on alert keep your body in action mode. Your alarm system then goes off sooner, in your back too.',
      },
      colour: '#E69F00',
      icon: 'psychology',
    },
    breathing: {
      id: 'breathing',
      name: { nl: 'Ademhaling', en: 'Breathing' },
      explanation: {
        nl: 'Je ademhaling is de snelste weg naar rust. Hoog in je borst ademen, vaak zuchten of je adem inhouden houdt je lichaam alert. Rustig ademen door je neus helpt je lichaam naar de ruststand.',
        en: 'Your breathing is the quickest way to calm. Breathing high in your chest, sighing a lot or holding your breath keeps your body alert. Calm breathing through your nose helps your body into rest mode.',
      },
      colour: '#56B4E9',
      icon: 'air',
    },
    movement: {
      id: 'movement',
      name: { nl: 'Beweging', en: 'Movement' },
      explanation: {
        nl: 'Bewegen laat je rug merken dat hij sterk en veilig is. Lang zitten, weinig bewegen of bewegingen uit voorzorg vermijden maken je lichaam stijver en je alarm gevoeliger. Stap voor stap meer bewegen helpt.',
        en: 'Moving shows your back that it is strong and safe. Sitting for long, moving little or avoiding movements to be careful make your body stiffer and your alarm more sensitive. Moving more, step by step, helps.',
      },
      colour: '#009E73',
      icon: 'directions_walk',
    },
    nutrition: {
      id: 'nutrition',
      name: { nl: 'Voeding', en: 'Nutrition' },
      explanation: {
        nl: 'Wat en hoe je eet, geeft je lichaam de bouwstoffen om te herstellen. Regelmatig en rustig eten, genoeg groente en fruit en weinig bewerkt voedsel geven je meer energie en een rustigere buik.',
        en: 'What and how you eat gives your body the building blocks to recover. Eating regularly and calmly, plenty of vegetables and fruit and little processed food give you more energy and a calmer gut.',
      },
      colour: '#B39B00',
      icon: 'restaurant',
    },
    sleep: {
      id: 'sleep',
      name: { nl: 'Slaap', en: 'Sleep' },
      explanation: {
        nl: 'In je slaap herstelt je lichaam van de dag. Slecht of te kort slapen maakt je gevoeliger voor pijn, en pijn kan je slaap weer verstoren. Beter slapen is daarom vaak een goed begin.',
        en: 'While you sleep, your body recovers from the day. Sleeping badly or too little makes you more sensitive to pain, and pain can disturb your sleep in turn. Better sleep is often a good place to start.',
      },
      colour: '#0072B2',
      icon: 'bedtime',
    },
    immune: {
      id: 'immune',
      name: { nl: 'Immuunsysteem', en: 'Immune system' },
      explanation: {
        nl: 'Je afweer beschermt je en helpt je herstellen. Vaak ziek zijn, lang nodig hebben om op te knappen of steeds moe zijn kan betekenen dat je lichaam weinig ruimte over heeft om te herstellen.',
        en: 'Your immune system protects you and helps you recover. Being ill often, taking long to get better or always feeling tired can mean your body has little room left to recover.',
      },
      colour: '#CC79A7',
      icon: 'shield',
    },
  },
);

/** The six domains in canonical order. */
export const DOMAIN_LIST: readonly DomainDefinition[] = Object.freeze(
  DOMAIN_IDS.map((id) => DOMAINS[id]),
);

/** The domain's name in lower case, for use inside a sentence. */
export function domainNameInText(id: DomainId): Localized {
  const { name } = DOMAINS[id];
  return { nl: name.nl.toLowerCase(), en: name.en.toLowerCase() };
}
