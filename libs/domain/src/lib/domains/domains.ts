import type { Localized } from '../i18n/localized';
import { deepFreeze } from '../util/deep-freeze';
import { DOMAIN_IDS, type DomainId } from './domain-ids';

/** What the product knows about one domain, for every screen and the PDF. */
export interface DomainDefinition {
  readonly id: DomainId;
  /** Display name, capitalised ("Ademhaling" / "Breathing"). */
  readonly name: Localized;
  /**
   * Two or three warm, plain sentences for clients (Dutch with "je"). Careful
   * wording ("kan", "kunnen"), and no reassurance: the first sentence may be
   * shown before the red-flag screen.
   */
  readonly explanation: Localized;
  /** One short, third-person clinical line for GPs and referrers. */
  readonly referrerSummary: Localized;
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
        nl: 'Stress is meer dan drukte. Hoge eisen aan jezelf, gevoelens wegstoppen of altijd alert zijn kunnen je lichaam in de actiestand houden. Dan kan je alarmsysteem sneller afgaan, ook in je rug.',
        en: 'Stress is more than being busy. High standards for yourself, holding feelings in or always being on alert can keep your body in action mode. Your alarm system can then go off sooner, in your back too.',
      },
      referrerSummary: {
        nl: 'Ervaren stress en spanning: overbelasting, hoge eisen aan zichzelf, onderdrukte emoties, verhoogde waakzaamheid.',
        en: 'Perceived stress and tension: overload, high self-imposed standards, suppressed emotions, hypervigilance.',
      },
      colour: '#E69F00',
      icon: 'psychology',
    },
    breathing: {
      id: 'breathing',
      name: { nl: 'Ademhaling', en: 'Breathing' },
      explanation: {
        nl: 'Je ademhaling is een manier om tot rust te komen. Hoog in je borst ademen, vaak zuchten of je adem inhouden kan je lichaam alert houden. Rustig ademen door je neus kan je lichaam helpen naar de ruststand.',
        en: 'Your breathing is one way to calm down. Breathing high in your chest, sighing a lot or holding your breath can keep your body alert. Calm breathing through your nose can help your body into rest mode.',
      },
      referrerSummary: {
        nl: 'Disfunctioneel ademen: hoge borstademhaling, zuchten, adem inhouden, mondademhaling, tintelingen bij spanning.',
        en: 'Dysfunctional breathing: upper-chest breathing, sighing, breath-holding, mouth breathing, tingling when tense.',
      },
      colour: '#56B4E9',
      icon: 'air',
    },
    movement: {
      id: 'movement',
      name: { nl: 'Beweging', en: 'Movement' },
      explanation: {
        nl: 'Dit gaat over hoeveel je beweegt, hoe lang je zit en hoe bewegen voor je voelt. Lang zitten, weinig bewegen of bewegingen uit voorzorg vermijden kunnen je lichaam stijver en je alarm gevoeliger maken. Stap voor stap meer bewegen kan helpen.',
        en: 'This is about how much you move, how long you sit and how moving feels to you. Sitting for long, moving little or avoiding movements to be careful can make your body stiffer and your alarm more sensitive. Moving more, step by step, can help.',
      },
      referrerSummary: {
        nl: 'Activiteitenniveau, zitgedrag, krachttraining, stijfheid en bewegingsangst (vermijding).',
        en: 'Activity level, sitting time, strength training, stiffness and fear of movement (avoidance).',
      },
      colour: '#009E73',
      icon: 'directions_walk',
    },
    nutrition: {
      id: 'nutrition',
      name: { nl: 'Voeding', en: 'Nutrition' },
      explanation: {
        nl: 'Wat en hoe je eet, geeft je lichaam de bouwstoffen om te herstellen. Regelmatig en rustig eten, genoeg groente en fruit en weinig bewerkt voedsel kunnen je meer energie en een rustigere buik geven.',
        en: 'What and how you eat gives your body the building blocks to recover. Eating regularly and calmly, plenty of vegetables and fruit and little processed food can give you more energy and a calmer gut.',
      },
      referrerSummary: {
        nl: 'Eetpatroon: regelmaat, groente en fruit, bewerkte producten, alcohol, spijsverteringsklachten, emotioneel eten.',
        en: 'Eating pattern: regularity, vegetables and fruit, processed foods, alcohol, digestive complaints, emotional eating.',
      },
      colour: '#B39B00',
      icon: 'restaurant',
    },
    sleep: {
      id: 'sleep',
      name: { nl: 'Slaap', en: 'Sleep' },
      explanation: {
        nl: 'In je slaap herstelt je lichaam van de dag. Slecht of te kort slapen kan je gevoeliger maken voor pijn, en pijn kan je slaap weer verstoren. Beter slapen is daarom vaak een goed begin.',
        en: 'While you sleep, your body recovers from the day. Sleeping badly or too little can make you more sensitive to pain, and pain can disturb your sleep in turn. Better sleep is often a good place to start.',
      },
      referrerSummary: {
        nl: 'Slaap: inslapen, doorslapen, uitgerust opstaan, slaapduur, wakker worden door pijn, slaperigheid overdag.',
        en: 'Sleep: falling asleep, staying asleep, waking rested, duration, waking from pain, daytime sleepiness.',
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
      referrerSummary: {
        nl: 'Infectiegevoeligheid, herstel na ziekte, huid- en allergieklachten, pijn elders, vermoeidheid.',
        en: 'Susceptibility to infection, recovery after illness, skin and allergy complaints, pain elsewhere, fatigue.',
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
