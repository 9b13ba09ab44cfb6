import type { Localized } from '../../i18n/localized';
import type {
  InstrumentItem,
  RedFlagCondition,
  RedFlagUrgency,
} from '../instrument-types';
import { YES_NO } from './anchors';
import { moduleItem } from './builders';
import { FEVER_ITEM_ID } from './items-immune';

interface RedFlagInput {
  id: string;
  text: Localized;
  help?: Localized;
  condition: RedFlagCondition;
  urgency: RedFlagUrgency;
  label: Localized;
  raiseWhen?: { itemIds: readonly string[]; urgency: RedFlagUrgency };
}

/** Red-flag questions are yes/no, required and cannot be declined. */
function redFlagItem({
  id,
  text,
  help,
  condition,
  urgency,
  label,
  raiseWhen,
}: RedFlagInput): InstrumentItem {
  return moduleItem('red_flags', {
    id,
    text,
    ...(help ? { help } : {}),
    answer: YES_NO,
    required: true,
    recallPeriod: 'now',
    redFlag: { condition, urgency, label, ...(raiseWhen ? { raiseWhen } : {}) },
  });
}

/** Infection signs that, together with fever, make the picture urgent. */
const WITH_FEVER = {
  itemIds: [FEVER_ITEM_ID],
  urgency: 'urgent_same_day',
} as const;

/**
 * The red-flag screen (domain.md 3, after KNGF 2021 and NHG; wording to be
 * checked against the KNGF page before release). Urgency: `urgent_same_day`
 * for suspected cauda equina, progressive deficit, fever with back pain and a
 * possible vascular cause; `gp_review` for the rest.
 */
export const RED_FLAG_ITEMS: readonly InstrumentItem[] = [
  redFlagItem({
    id: 'RF-CAUDA',
    text: {
      nl: 'Heb je sinds kort een of meer van deze klachten: moeite met plassen, je plas of ontlasting niet kunnen ophouden, een doof gevoel rond je anus, je geslachtsdelen of de binnenkant van je dijen, nieuwe problemen met seks, of pijn, een doof gevoel of krachtverlies in allebei je benen?',
      en: 'Have you recently had one or more of these: difficulty passing urine, being unable to hold your urine or stools, numbness around your anus, genitals or inner thighs, new problems with sex, or pain, numbness or weakness in both legs?',
    },
    condition: 'cauda_equina',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Mogelijk cauda-equinasyndroom (blaas, darm, rijbroekgebied of beide benen)',
      en: 'Possible cauda equina syndrome (bladder, bowel, saddle area or both legs)',
    },
  }),
  redFlagItem({
    id: 'RF-NEURO',
    text: {
      nl: 'Wordt een been of voet steeds zwakker of dover, bijvoorbeeld doordat je voet blijft haken bij het lopen?',
      en: 'Is a leg or foot getting weaker or more numb, for example your foot catching when you walk?',
    },
    condition: 'neurological_deficit',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Toenemende uitval: zwakte of gevoelloosheid in been of voet',
      en: 'Progressive deficit: weakness or numbness in leg or foot',
    },
  }),
  redFlagItem({
    id: FEVER_ITEM_ID,
    text: {
      nl: 'Heb je koorts of koude rillingen samen met je rugpijn?',
      en: 'Do you have a fever or chills together with your back pain?',
    },
    condition: 'infection',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Koorts of koude rillingen met rugpijn (mogelijk infectie)',
      en: 'Fever or chills with back pain (possible infection)',
    },
  }),
  redFlagItem({
    id: 'RF-ILL',
    text: {
      nl: 'Voel je je de laatste tijd ziek, of had je kort geleden een infectie, een operatie of een injectie in of bij je rug?',
      en: 'Have you been feeling ill lately, or did you recently have an infection, an operation or an injection in or near your back?',
    },
    condition: 'infection',
    urgency: 'gp_review',
    label: {
      nl: 'Ziek gevoel of recente infectie, operatie of injectie',
      en: 'Feeling ill or recent infection, operation or injection',
    },
    raiseWhen: WITH_FEVER,
  }),
  redFlagItem({
    id: 'RF-IMMUNO',
    text: {
      nl: 'Is je afweer verminderd, bijvoorbeeld door medicijnen (zoals prednison of chemotherapie), hiv of diabetes?',
      en: 'Is your immune system weakened, for example by medication (such as prednisone or chemotherapy), HIV or diabetes?',
    },
    condition: 'infection',
    urgency: 'gp_review',
    label: {
      nl: 'Verminderde afweer (medicatie, hiv, diabetes)',
      en: 'Weakened immune system (medication, HIV, diabetes)',
    },
    raiseWhen: WITH_FEVER,
  }),
  redFlagItem({
    id: 'RF-CANCER',
    text: {
      nl: 'Heb je nu kanker, of heb je in het verleden kanker gehad?',
      en: 'Do you have cancer now, or have you had cancer in the past?',
    },
    condition: 'malignancy',
    urgency: 'gp_review',
    label: {
      nl: 'Kanker nu of in de voorgeschiedenis',
      en: 'Current or previous cancer',
    },
  }),
  redFlagItem({
    id: 'RF-WEIGHT',
    text: {
      nl: 'Ben je het afgelopen half jaar tot jaar flink afgevallen zonder dat je dat wilde?',
      en: 'Have you lost a lot of weight in the past six to twelve months without trying to?',
    },
    help: {
      nl: 'Flink betekent meer dan 5% van je gewicht, bijvoorbeeld 4 kilo als je 80 kilo weegt.',
      en: 'A lot means more than 5% of your weight, for example 4 kilos if you weigh 80 kilos.',
    },
    condition: 'malignancy',
    urgency: 'gp_review',
    label: {
      nl: 'Onverklaard gewichtsverlies',
      en: 'Unexplained weight loss',
    },
  }),
  redFlagItem({
    id: 'RF-NIGHT',
    text: {
      nl: "Heb je pijn die niet verandert als je beweegt of van houding wisselt, of pijn die 's nachts of in rust juist erger is?",
      en: 'Do you have pain that does not change when you move or change position, or pain that is worse at night or at rest?',
    },
    condition: 'malignancy',
    urgency: 'gp_review',
    label: {
      nl: 'Nacht- of rustpijn, los van bewegen of houding',
      en: 'Night or rest pain, unrelated to movement or posture',
    },
  }),
  redFlagItem({
    id: 'RF-TRAUMA',
    text: {
      nl: 'Is je rugpijn begonnen na een val, een ongeluk of een andere flinke klap?',
      en: 'Did your back pain start after a fall, an accident or another hard knock?',
    },
    condition: 'fracture',
    urgency: 'gp_review',
    label: {
      nl: 'Begin na een val, ongeluk of flinke klap',
      en: 'Onset after a fall, accident or hard knock',
    },
  }),
  redFlagItem({
    id: 'RF-STEROID',
    text: {
      nl: 'Gebruik je al langere tijd prednison of andere corticosteroïden, of heb je botontkalking (osteoporose)?',
      en: 'Have you been taking prednisone or other corticosteroids for a long time, or do you have osteoporosis?',
    },
    condition: 'fracture',
    urgency: 'gp_review',
    label: {
      nl: 'Langdurig corticosteroïden of osteoporose',
      en: 'Long-term corticosteroids or osteoporosis',
    },
  }),
  redFlagItem({
    id: 'RF-INFLAM',
    text: {
      nl: "Ben je 's ochtends langer dan een half uur stijf in je rug, en wordt dat beter door te bewegen en niet door rust?",
      en: 'Is your back stiff for more than half an hour in the morning, and does that improve with movement rather than rest?',
    },
    condition: 'inflammatory',
    urgency: 'gp_review',
    label: {
      nl: 'Ochtendstijfheid langer dan 30 minuten, beter door bewegen (ontstekingsbeeld)',
      en: 'Morning stiffness over 30 minutes, better with movement (inflammatory pattern)',
    },
  }),
  redFlagItem({
    id: 'RF-SUDDEN',
    text: {
      nl: 'Kreeg je plotseling hevige pijn in je rug of buik, of voel je een kloppend gevoel in je buik?',
      en: 'Did you suddenly get severe pain in your back or belly, or do you feel a throbbing sensation in your belly?',
    },
    condition: 'vascular',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Plotselinge hevige pijn of kloppend gevoel in de buik (mogelijk vasculair)',
      en: 'Sudden severe pain or throbbing in the belly (possibly vascular)',
    },
  }),
  redFlagItem({
    id: 'RF-NIETPLUIS',
    text: {
      nl: 'Heb je zelf het gevoel dat er iets niet klopt met je lichaam, los van je rugpijn?',
      en: 'Do you have a feeling yourself that something is not right with your body, apart from your back pain?',
    },
    condition: 'gut_feeling',
    urgency: 'gp_review',
    label: {
      nl: 'Niet-pluisgevoel van de cliënt',
      en: "Client's feeling that something is not right",
    },
  }),
];
