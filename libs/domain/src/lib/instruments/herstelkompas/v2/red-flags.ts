import type { Localized } from '../../../i18n/localized';
import type {
  InstrumentItem,
  RecallPeriod,
  RedFlagCondition,
  RedFlagRaiseRule,
  RedFlagUrgency,
} from '../../instrument-types';
import { YES_NO } from '../anchors';
import { moduleItem } from '../builders';
import { FEVER_ITEM_ID } from '../items-immune';
import { VASCULAR_RISK_ITEM_ID } from '../../../red-flags/derive-red-flags';

interface RedFlagInput {
  id: string;
  text: Localized;
  help?: Localized;
  /** `now` for current symptoms, `none` where the text names its own period. */
  recallPeriod: RecallPeriod;
  condition: RedFlagCondition;
  urgency: RedFlagUrgency;
  label: Localized;
  raiseWhen?: readonly RedFlagRaiseRule[];
}

/** Red-flag questions are yes/no, required and cannot be declined. */
function redFlagItem({
  id,
  text,
  help,
  recallPeriod,
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
    recallPeriod,
    redFlag: { condition, urgency, label, ...(raiseWhen ? { raiseWhen } : {}) },
  });
}

/** Infection risks that make fever urgent, and are urgent with fever. */
const INFECTION_RISK_IDS = ['RF-ILL', 'RF-PROCEDURE', 'RF-IMMUNO', 'RF-DRUGS'];
const URGENT_WITH_FEVER: RedFlagRaiseRule = {
  itemIds: [FEVER_ITEM_ID],
  urgency: 'urgent_same_day',
};
const FRACTURE_RISK: RedFlagRaiseRule = {
  itemIds: ['RF-OSTEO', 'RF-STEROID'],
  urgency: 'gp_review',
};
const WITH_INFLAMMATORY_BACK_PAIN: RedFlagRaiseRule = {
  itemIds: ['RF-INFLAM'],
  urgency: 'gp_review',
};

/** Texts that differ between the first questionnaire and a follow-up. */
interface Variant {
  text: Localized;
  label: Localized;
  help?: Localized;
}

const SINCE_LAST = {
  nl: 'sinds de vorige keer',
  en: 'since last time',
};

// ---- current symptoms: the same in every questionnaire --------------------

const CAUDA_ITEMS: readonly InstrumentItem[] = [
  redFlagItem({
    id: 'RF-CAUDA-BLADDER',
    text: {
      nl: 'Gaat plassen de laatste dagen of weken anders dan normaal? Bijvoorbeeld: het komt moeilijk op gang, je blaas voelt niet leeg, of je kunt je plas niet ophouden.',
      en: 'In the last days or weeks, has passing urine been different from normal? For example: it is hard to start, your bladder does not feel empty, or you cannot hold your urine.',
    },
    recallPeriod: 'none',
    condition: 'cauda_equina',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Mogelijk cauda-equinasyndroom: nieuwe plasklachten',
      en: 'Possible cauda equina syndrome: new bladder problems',
    },
  }),
  redFlagItem({
    id: 'RF-CAUDA-BOWEL',
    text: {
      nl: 'Kun je de laatste dagen of weken je ontlasting minder goed ophouden, of merk je minder goed dat je moet poepen?',
      en: 'In the last days or weeks, have you been less able to hold your stools, or less aware that you need to open your bowels?',
    },
    recallPeriod: 'none',
    condition: 'cauda_equina',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Mogelijk cauda-equinasyndroom: nieuw verlies van controle over de ontlasting',
      en: 'Possible cauda equina syndrome: new loss of bowel control',
    },
  }),
  redFlagItem({
    id: 'RF-CAUDA-NUMB',
    text: {
      nl: 'Voel je de laatste dagen of weken minder rond je anus, je geslachtsdelen of de binnenkant van je bovenbenen? Bijvoorbeeld minder gevoel bij het plassen, bij het afvegen of bij seks.',
      en: 'In the last days or weeks, do you feel less around your anus, genitals or inner thighs? For example less feeling when passing urine, when wiping or during sex.',
    },
    recallPeriod: 'none',
    condition: 'cauda_equina',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Mogelijk cauda-equinasyndroom: minder gevoel in het rijbroekgebied',
      en: 'Possible cauda equina syndrome: reduced feeling in the saddle area',
    },
  }),
  redFlagItem({
    id: 'RF-CAUDA-LEGS',
    text: {
      nl: 'Heb je de laatste dagen of weken pijn, een doof gevoel of minder kracht in allebei je benen tegelijk?',
      en: 'In the last days or weeks, have you had pain, numbness or weakness in both legs at the same time?',
    },
    recallPeriod: 'none',
    condition: 'cauda_equina',
    urgency: 'urgent_same_day',
    label: {
      nl: 'Mogelijk cauda-equinasyndroom: klachten in beide benen',
      en: 'Possible cauda equina syndrome: symptoms in both legs',
    },
  }),
];

const NEURO_ITEM = redFlagItem({
  id: 'RF-NEURO',
  text: {
    nl: 'Wordt een been of voet de laatste dagen of weken steeds zwakker, of voel je er steeds minder? Bijvoorbeeld: je voet blijft haken bij het lopen.',
    en: 'In the last days or weeks, is a leg or foot getting weaker, or are you feeling less and less in it? For example: your foot catches when you walk.',
  },
  recallPeriod: 'none',
  condition: 'neurological_deficit',
  urgency: 'urgent_same_day',
  label: {
    nl: 'Toenemende uitval: zwakte of minder gevoel in been of voet',
    en: 'Progressive deficit: weakness or loss of feeling in leg or foot',
  },
});

const SUDDEN_ITEM = redFlagItem({
  id: 'RF-SUDDEN',
  text: {
    nl: 'Kreeg je de afgelopen dagen plotseling heel hevige pijn in je buik of rug, anders dan je gewone rugpijn?',
    en: 'In the past few days, did you suddenly get very severe pain in your belly or back, different from your usual back pain?',
  },
  recallPeriod: 'none',
  condition: 'vascular',
  urgency: 'urgent_same_day',
  label: {
    nl: 'Plotselinge, heel hevige pijn in buik of rug (mogelijk vasculair)',
    en: 'Sudden, very severe pain in belly or back (possibly vascular)',
  },
});

const VASCULAR_RISK_ITEM = moduleItem('red_flags', {
  id: VASCULAR_RISK_ITEM_ID,
  text: {
    nl: 'Heb je een ziekte van hart of bloedvaten, of een hoge bloeddruk? Of rook je, of heb je lang gerookt?',
    en: 'Do you have a heart or blood vessel disease, or high blood pressure? Or do you smoke, or have you smoked for a long time?',
  },
  help: {
    nl: 'Deze vraag is geen rode vlag op zich. Samen met je leeftijd en andere antwoorden helpt hij ons na te gaan of een arts eerst moet meekijken.',
    en: 'This question is not a red flag on its own. Together with your age and other answers it helps us check whether a doctor should look first.',
  },
  answer: YES_NO,
  required: true,
  recallPeriod: 'now',
});

const PULSE_ITEM = redFlagItem({
  id: 'RF-PULSE',
  text: {
    nl: 'Voel je de afgelopen weken een kloppend gevoel in je buik, alsof je hart daar klopt?',
    en: 'In the past weeks, have you felt a throbbing in your belly, as if your heart were beating there?',
  },
  recallPeriod: 'none',
  condition: 'vascular',
  urgency: 'advice',
  label: {
    nl: 'Kloppend gevoel in de buik',
    en: 'Throbbing sensation in the belly',
  },
  raiseWhen: [
    { itemIds: [VASCULAR_RISK_ITEM_ID], urgency: 'gp_review' },
    { itemIds: ['RF-SUDDEN'], urgency: 'urgent_same_day' },
  ],
});

const FEVER_ITEM = redFlagItem({
  id: FEVER_ITEM_ID,
  text: {
    nl: 'Heb je op dit moment koorts (38 graden of hoger) of koude rillingen?',
    en: 'Do you have a fever (38 degrees or higher) or chills at the moment?',
  },
  recallPeriod: 'now',
  condition: 'infection',
  urgency: 'gp_review',
  label: {
    nl: 'Koorts of koude rillingen met rugpijn',
    en: 'Fever or chills with back pain',
  },
  raiseWhen: [{ itemIds: INFECTION_RISK_IDS, urgency: 'urgent_same_day' }],
});

const ILL_ITEM = redFlagItem({
  id: 'RF-ILL',
  text: {
    nl: 'Voel je je op dit moment ziek, meer dan alleen moe of pijnlijk?',
    en: 'Do you feel ill at the moment, more than just tired or in pain?',
  },
  recallPeriod: 'now',
  condition: 'infection',
  urgency: 'gp_review',
  label: { nl: 'Zich ziek voelen', en: 'Feeling ill' },
  raiseWhen: [URGENT_WITH_FEVER],
});

const NIGHT_ITEM = redFlagItem({
  id: 'RF-NIGHT',
  text: {
    nl: "Heb je de afgelopen weken pijn die 's nachts het ergst is, én die niet minder wordt als je anders gaat liggen of beweegt?",
    en: 'In the past weeks, have you had pain that is worst at night, and that does not ease when you change position or move?',
  },
  recallPeriod: 'none',
  condition: 'malignancy',
  urgency: 'gp_review',
  label: {
    nl: "Pijn die 's nachts het ergst is en niet verandert met houding of bewegen",
    en: 'Pain worst at night that does not change with position or movement',
  },
});

const WEIGHT_ITEM = redFlagItem({
  id: 'RF-WEIGHT',
  text: {
    nl: 'Ben je in de afgelopen 6 tot 12 maanden flink afgevallen zonder dat je dat wilde?',
    en: 'Have you lost a lot of weight in the past 6 to 12 months without trying to?',
  },
  help: {
    nl: 'Flink is meer dan 5% van je gewicht. Weeg je 80 kilo, dan is dat meer dan 4 kilo.',
    en: 'A lot means more than 5% of your weight. If you weigh 80 kilos, that is more than 4 kilos.',
  },
  recallPeriod: 'none',
  condition: 'malignancy',
  urgency: 'gp_review',
  label: {
    nl: 'Onverklaard gewichtsverlies (meer dan 5% in 6-12 maanden)',
    en: 'Unexplained weight loss (over 5% in 6-12 months)',
  },
});

const INFLAM_ITEM = redFlagItem({
  id: 'RF-INFLAM',
  text: {
    nl: "Ben je de afgelopen maanden 's ochtends langer dan een half uur stijf in je rug, en wordt dat beter door te bewegen en niet door rust?",
    en: 'In the past months, has your back been stiff for more than half an hour in the morning, and does that improve with movement rather than rest?',
  },
  recallPeriod: 'none',
  condition: 'inflammatory',
  urgency: 'gp_review',
  label: {
    nl: 'Ochtendstijfheid langer dan 30 minuten, beter door bewegen (ontstekingsbeeld)',
    en: 'Morning stiffness over 30 minutes, better with movement (inflammatory pattern)',
  },
});

const BUTTOCK_ITEM = redFlagItem({
  id: 'RF-BUTTOCK',
  text: {
    nl: 'Heb je de afgelopen maanden pijn diep in je billen gehad die wisselt: de ene keer links, de andere keer rechts?',
    en: 'In the past months, have you had pain deep in your buttocks that alternates: sometimes on the left, sometimes on the right?',
  },
  recallPeriod: 'none',
  condition: 'inflammatory',
  urgency: 'advice',
  label: {
    nl: 'Wisselende pijn in de billen',
    en: 'Alternating buttock pain',
  },
  raiseWhen: [WITH_INFLAMMATORY_BACK_PAIN],
});

const NIETPLUIS_ITEM = redFlagItem({
  id: 'RF-NIETPLUIS',
  text: {
    nl: 'Heb je op dit moment het gevoel dat er iets niet klopt met je lichaam, los van je rugpijn?',
    en: 'Do you have a feeling at the moment that something is not right with your body, apart from your back pain?',
  },
  recallPeriod: 'now',
  condition: 'gut_feeling',
  urgency: 'gp_review',
  label: {
    nl: 'Niet-pluisgevoel van de cliënt',
    en: "Client's feeling that something is not right",
  },
});

// ---- history and risk: asked as "ooit" first, as "new since" later ----------

function historyItem(
  input: Omit<RedFlagInput, 'text' | 'label' | 'help' | 'recallPeriod'>,
  first: Variant,
  followUp: Variant,
): { first: InstrumentItem; followUp: InstrumentItem } {
  return {
    first: redFlagItem({ ...input, ...first, recallPeriod: 'none' }),
    followUp: redFlagItem({ ...input, ...followUp, recallPeriod: 'none' }),
  };
}

const PROCEDURE = historyItem(
  {
    id: 'RF-PROCEDURE',
    condition: 'infection',
    urgency: 'gp_review',
    raiseWhen: [URGENT_WITH_FEVER],
  },
  {
    text: {
      nl: 'Had je de afgelopen 3 maanden een operatie, een injectie in of bij je rug, of een ernstige infectie?',
      en: 'In the past 3 months, did you have an operation, an injection in or near your back, or a serious infection?',
    },
    label: {
      nl: 'Operatie, injectie bij de rug of ernstige infectie in de afgelopen 3 maanden',
      en: 'Operation, injection near the back or serious infection in the past 3 months',
    },
  },
  {
    text: {
      nl: `Had je ${SINCE_LAST.nl} een operatie, een injectie in of bij je rug, of een ernstige infectie?`,
      en: `Did you have an operation, an injection in or near your back, or a serious infection ${SINCE_LAST.en}?`,
    },
    label: {
      nl: 'Operatie, injectie bij de rug of ernstige infectie sinds de vorige vragenlijst',
      en: 'Operation, injection near the back or serious infection since the previous questionnaire',
    },
  },
);

const IMMUNO = historyItem(
  {
    id: 'RF-IMMUNO',
    condition: 'infection',
    // A known, chronic risk alone does not hold the plan back (domain.md 3).
    urgency: 'advice',
    raiseWhen: [
      URGENT_WITH_FEVER,
      { itemIds: ['RF-ILL', 'RF-PROCEDURE'], urgency: 'gp_review' },
    ],
  },
  {
    text: {
      nl: 'Is je afweer op dit moment minder sterk? Bijvoorbeeld door medicijnen (zoals prednison, chemotherapie of medicijnen na een transplantatie), door hiv, of door suikerziekte (diabetes).',
      en: 'Is your immune system weaker at the moment? For example because of medication (such as prednisone, chemotherapy or medication after a transplant), HIV, or diabetes.',
    },
    label: {
      nl: 'Verminderde afweer (medicatie, hiv, diabetes)',
      en: 'Weakened immune system (medication, HIV, diabetes)',
    },
  },
  {
    text: {
      nl: `Is je afweer ${SINCE_LAST.nl} minder sterk geworden? Bijvoorbeeld door nieuwe medicijnen (zoals prednison of chemotherapie), door hiv, of door suikerziekte (diabetes).`,
      en: `Has your immune system become weaker ${SINCE_LAST.en}? For example because of new medication (such as prednisone or chemotherapy), HIV, or diabetes.`,
    },
    label: {
      nl: 'Verminderde afweer, nieuw sinds de vorige vragenlijst',
      en: 'Weakened immune system, new since the previous questionnaire',
    },
  },
);

const DRUGS = historyItem(
  {
    id: 'RF-DRUGS',
    condition: 'infection',
    urgency: 'gp_review',
    raiseWhen: [URGENT_WITH_FEVER],
  },
  {
    text: {
      nl: 'Spuit je drugs, of heb je dat het afgelopen jaar gedaan?',
      en: 'Do you inject drugs, or have you done so in the past year?',
    },
    label: {
      nl: 'Intraveneus drugsgebruik (nu of het afgelopen jaar)',
      en: 'Intravenous drug use (now or in the past year)',
    },
  },
  {
    text: {
      nl: `Heb je ${SINCE_LAST.nl} drugs gespoten?`,
      en: `Have you injected drugs ${SINCE_LAST.en}?`,
    },
    label: {
      nl: 'Intraveneus drugsgebruik sinds de vorige vragenlijst',
      en: 'Intravenous drug use since the previous questionnaire',
    },
  },
);

const CANCER = historyItem(
  { id: 'RF-CANCER', condition: 'malignancy', urgency: 'gp_review' },
  {
    text: {
      nl: 'Heb je ooit kanker gehad, of heb je nu kanker?',
      en: 'Have you ever had cancer, or do you have cancer now?',
    },
    help: {
      nl: 'Kies ook ja als het lang geleden is of als je genezen bent verklaard.',
      en: 'Also choose yes if it was long ago or if you were declared cured.',
    },
    label: {
      nl: 'Kanker nu of in de voorgeschiedenis',
      en: 'Current or previous cancer',
    },
  },
  {
    text: {
      nl: `Heb je ${SINCE_LAST.nl} gehoord dat je kanker hebt, of dat kanker is teruggekomen?`,
      en: `Have you been told ${SINCE_LAST.en} that you have cancer, or that cancer has come back?`,
    },
    label: {
      nl: 'Kanker vastgesteld of teruggekomen sinds de vorige vragenlijst',
      en: 'Cancer diagnosed or returned since the previous questionnaire',
    },
  },
);

const TRAUMA = historyItem(
  { id: 'RF-TRAUMA', condition: 'fracture', urgency: 'gp_review' },
  {
    text: {
      nl: 'Begon je rugpijn (of werd hij veel erger) in de dagen na een val, een ongeluk of een harde klap?',
      en: 'Did your back pain start (or get much worse) in the days after a fall, an accident or a hard knock?',
    },
    label: {
      nl: 'Begin of verergering kort na een val, ongeluk of harde klap',
      en: 'Onset or worsening shortly after a fall, accident or hard knock',
    },
  },
  {
    text: {
      nl: `Ben je ${SINCE_LAST.nl} gevallen, had je een ongeluk of een harde klap, en werd je rugpijn daarna veel erger?`,
      en: `Have you had a fall, an accident or a hard knock ${SINCE_LAST.en}, after which your back pain got much worse?`,
    },
    label: {
      nl: 'Val, ongeluk of harde klap met verergering sinds de vorige vragenlijst',
      en: 'Fall, accident or hard knock with worsening since the previous questionnaire',
    },
  },
);

const MINOR_TRAUMA = historyItem(
  {
    id: 'RF-MINOR-TRAUMA',
    condition: 'fracture',
    urgency: 'advice',
    raiseWhen: [FRACTURE_RISK],
  },
  {
    text: {
      nl: 'Begon je rugpijn na een kleine val of stoot, bijvoorbeeld van een lage stoel of een traptree?',
      en: 'Did your back pain start after a minor fall or bump, for example from a low chair or a step?',
    },
    label: {
      nl: 'Begin na een kleine val of stoot',
      en: 'Onset after a minor fall or bump',
    },
  },
  {
    text: {
      nl: `Had je ${SINCE_LAST.nl} een kleine val of stoot, en werd je rugpijn daarna erger?`,
      en: `Have you had a minor fall or bump ${SINCE_LAST.en}, after which your back pain got worse?`,
    },
    label: {
      nl: 'Kleine val of stoot met verergering sinds de vorige vragenlijst',
      en: 'Minor fall or bump with worsening since the previous questionnaire',
    },
  },
);

const STEROID = historyItem(
  { id: 'RF-STEROID', condition: 'fracture', urgency: 'gp_review' },
  {
    text: {
      nl: 'Gebruik je prednison of een ander corticosteroïd (tabletten of injecties) al 3 maanden of langer, of heb je dat de afgelopen jaren gedaan?',
      en: 'Have you taken prednisone or another corticosteroid (tablets or injections) for 3 months or longer, now or in recent years?',
    },
    label: {
      nl: 'Langdurig corticosteroïden (3 maanden of langer)',
      en: 'Long-term corticosteroids (3 months or longer)',
    },
  },
  {
    text: {
      nl: `Ben je ${SINCE_LAST.nl} begonnen met prednison of een ander corticosteroïd (tabletten of injecties)?`,
      en: `Have you started prednisone or another corticosteroid (tablets or injections) ${SINCE_LAST.en}?`,
    },
    label: {
      nl: 'Gestart met corticosteroïden sinds de vorige vragenlijst',
      en: 'Started corticosteroids since the previous questionnaire',
    },
  },
);

const OSTEO = historyItem(
  { id: 'RF-OSTEO', condition: 'fracture', urgency: 'gp_review' },
  {
    text: {
      nl: 'Heeft een arts ooit gezegd dat je botontkalking (osteoporose) hebt?',
      en: 'Has a doctor ever told you that you have osteoporosis (thinning bones)?',
    },
    label: { nl: 'Osteoporose', en: 'Osteoporosis' },
  },
  {
    text: {
      nl: `Heeft een arts ${SINCE_LAST.nl} gezegd dat je botontkalking (osteoporose) hebt?`,
      en: `Has a doctor told you ${SINCE_LAST.en} that you have osteoporosis (thinning bones)?`,
    },
    label: {
      nl: 'Osteoporose vastgesteld sinds de vorige vragenlijst',
      en: 'Osteoporosis diagnosed since the previous questionnaire',
    },
  },
);

const HEIGHT_ITEM = redFlagItem({
  id: 'RF-HEIGHT',
  text: {
    nl: 'Ben je de afgelopen jaren 3 centimeter of meer kleiner geworden?',
    en: 'Have you become 3 centimetres or more shorter in recent years?',
  },
  recallPeriod: 'none',
  condition: 'fracture',
  urgency: 'gp_review',
  label: {
    nl: 'Lengteverlies van 3 cm of meer',
    en: 'Height loss of 3 cm or more',
  },
});

const SPA_DISEASE = historyItem(
  {
    id: 'RF-SPA-DISEASE',
    condition: 'inflammatory',
    urgency: 'advice',
    raiseWhen: [WITH_INFLAMMATORY_BACK_PAIN],
  },
  {
    text: {
      nl: 'Heeft een arts bij jou ooit psoriasis, een oogontsteking (uveïtis) of een darmontsteking (de ziekte van Crohn of colitis ulcerosa) vastgesteld?',
      en: "Has a doctor ever found that you have psoriasis, an eye inflammation (uveitis) or a bowel inflammation (Crohn's disease or ulcerative colitis)?",
    },
    label: {
      nl: 'Psoriasis, uveïtis of inflammatoire darmziekte',
      en: 'Psoriasis, uveitis or inflammatory bowel disease',
    },
  },
  {
    text: {
      nl: `Heeft een arts ${SINCE_LAST.nl} bij jou psoriasis, een oogontsteking (uveïtis) of een darmontsteking (de ziekte van Crohn of colitis ulcerosa) vastgesteld?`,
      en: `Has a doctor found ${SINCE_LAST.en} that you have psoriasis, an eye inflammation (uveitis) or a bowel inflammation (Crohn's disease or ulcerative colitis)?`,
    },
    label: {
      nl: 'Psoriasis, uveïtis of inflammatoire darmziekte, nieuw sinds de vorige vragenlijst',
      en: 'Psoriasis, uveitis or inflammatory bowel disease, new since the previous questionnaire',
    },
  },
);

const FAMILY_ITEM = redFlagItem({
  id: 'RF-FAMILY',
  text: {
    nl: 'Heeft iemand in je familie (een ouder, broer, zus of kind) de ziekte van Bechterew, psoriasis of een darmontsteking?',
    en: "Does anyone in your family (a parent, brother, sister or child) have ankylosing spondylitis (Bechterew's disease), psoriasis or a bowel inflammation?",
  },
  recallPeriod: 'none',
  condition: 'inflammatory',
  urgency: 'advice',
  label: {
    nl: 'Familie met axiale spondyloartritis, psoriasis of darmontsteking',
    en: 'Family history of axial spondyloarthritis, psoriasis or bowel inflammation',
  },
  raiseWhen: [WITH_INFLAMMATORY_BACK_PAIN],
});

const PROGRESS_ITEM = redFlagItem({
  id: 'RF-PROGRESS',
  text: {
    nl: 'Wordt je rugpijn de afgelopen weken steeds erger, zonder dat je weet waardoor?',
    en: 'In the past weeks, has your back pain been getting worse and worse, without you knowing why?',
  },
  recallPeriod: 'none',
  condition: 'malignancy',
  urgency: 'gp_review',
  label: {
    nl: 'Steeds erger wordende pijn zonder duidelijke oorzaak',
    en: 'Progressive pain without a clear cause',
  },
});

const WORSE_ITEM = redFlagItem({
  id: 'RF-WORSE',
  text: {
    nl: `Is je rugpijn ${SINCE_LAST.nl} erger geworden, ondanks de begeleiding?`,
    en: `Has your back pain got worse ${SINCE_LAST.en}, despite the care you are receiving?`,
  },
  recallPeriod: 'none',
  condition: 'worsening_despite_care',
  urgency: 'gp_review',
  label: {
    nl: 'Erger geworden ondanks de begeleiding',
    en: 'Worse despite the care received',
  },
});

/**
 * The red-flag screen of `herstelkompas-intake` v2, the first step (domain.md
 * 3, KNGF 2021 and NHG; wording to be checked against the KNGF page before
 * release). One symptom cluster per item, each with its own time frame; the
 * urgent items come first, so an urgent "yes" shows its instruction before
 * anything else is asked. RF-VASC is a risk factor, never a flag on its own.
 */
export const RED_FLAG_ITEMS_V2: readonly InstrumentItem[] = [
  ...CAUDA_ITEMS,
  NEURO_ITEM,
  SUDDEN_ITEM,
  FEVER_ITEM,
  ILL_ITEM,
  PROCEDURE.first,
  IMMUNO.first,
  DRUGS.first,
  VASCULAR_RISK_ITEM,
  PULSE_ITEM,
  CANCER.first,
  WEIGHT_ITEM,
  NIGHT_ITEM,
  PROGRESS_ITEM,
  TRAUMA.first,
  MINOR_TRAUMA.first,
  STEROID.first,
  OSTEO.first,
  HEIGHT_ITEM,
  INFLAM_ITEM,
  BUTTOCK_ITEM,
  SPA_DISEASE.first,
  FAMILY_ITEM,
  NIETPLUIS_ITEM,
];

/**
 * The red-flag screen of `herstelkompas-follow-up` v2: current symptoms as at
 * the first questionnaire, history items as "new since last time", and
 * whether the pain got worse despite the care. Family history and height
 * loss are not asked again.
 */
export const FOLLOW_UP_RED_FLAG_ITEMS_V2: readonly InstrumentItem[] = [
  ...CAUDA_ITEMS,
  NEURO_ITEM,
  SUDDEN_ITEM,
  FEVER_ITEM,
  ILL_ITEM,
  PROCEDURE.followUp,
  IMMUNO.followUp,
  DRUGS.followUp,
  VASCULAR_RISK_ITEM,
  PULSE_ITEM,
  CANCER.followUp,
  WEIGHT_ITEM,
  NIGHT_ITEM,
  WORSE_ITEM,
  TRAUMA.followUp,
  MINOR_TRAUMA.followUp,
  STEROID.followUp,
  OSTEO.followUp,
  INFLAM_ITEM,
  BUTTOCK_ITEM,
  SPA_DISEASE.followUp,
  NIETPLUIS_ITEM,
];
