import type { Language, RedFlagAction } from '@herstelkompas/contracts';
import type { ReportAudience } from '@herstelkompas/domain';

/**
 * The words the report adds around libs/domain's content: headings, column
 * names, the footer. They follow the report's audience and language, not the
 * screen's, which is why they are not in nl.ts/en.ts; they are the same
 * words as the PDF's (apps/api/src/reports/pdf/pdf-texts.ts), so keep the
 * two in step.
 */
export interface SheetTexts {
  client: string;
  practitioner: string;
  born: string;
  age: (years: number) => string;
  period: string;
  summary: string;
  radar: string;
  radarHelp: string;
  start: string;
  now: string;
  domains: string;
  domain: string;
  change: string;
  notable: string;
  yes: string;
  pain: string;
  measure: string;
  focus: string;
  focusReason: string;
  changedByPractitioner: string;
  goals: string;
  goal: string;
  status: string;
  targetDate: string;
  notes: string;
  redFlags: string;
  flag: string;
  urgency: string;
  raisedOn: string;
  followUp: string;
  open: string;
  resolved: string;
  noRedFlags: string;
  closing: string;
  about: string;
  footer: (generatedOn: string) => string;
}

const NL_COMMON = {
  client: 'Cliënt',
  practitioner: 'Behandelaar',
  born: 'geboren',
  age: (years: number) => `${years} jaar`,
  period: 'Periode',
  start: 'Start',
  now: 'Nu',
  domain: 'Domein',
  change: 'Verandering',
  notable: 'Opvallend',
  yes: 'ja',
  measure: 'Maat',
  goal: 'Doel',
  status: 'Status',
  targetDate: 'Streefdatum',
  flag: 'Rode vlag',
  urgency: 'Urgentie',
  raisedOn: 'Gemeld op',
  followUp: 'Opvolging',
  open: 'open',
  resolved: 'afgehandeld',
  noRedFlags: 'Geen rode vlaggen gemeld.',
  about: 'Over deze rapportage',
  footer: (date: string) => `Vertrouwelijk · Gemaakt op ${date}`,
};

const EN_COMMON = {
  client: 'Client',
  practitioner: 'Practitioner',
  born: 'born',
  age: (years: number) => `${years} years`,
  period: 'Period',
  start: 'Start',
  now: 'Now',
  domain: 'Domain',
  change: 'Change',
  notable: 'Notable',
  yes: 'yes',
  measure: 'Measure',
  goal: 'Goal',
  status: 'Status',
  targetDate: 'Target date',
  flag: 'Red flag',
  urgency: 'Urgency',
  raisedOn: 'Raised on',
  followUp: 'Follow-up',
  open: 'open',
  resolved: 'resolved',
  noRedFlags: 'No red flags reported.',
  about: 'About this report',
  footer: (date: string) => `Confidential · Made on ${date}`,
};

const TEXTS: Record<ReportAudience, Record<Language, SheetTexts>> = {
  client: {
    nl: {
      ...NL_COMMON,
      summary: 'In het kort',
      radar: 'Je kompas in één oogopslag',
      radarHelp:
        'Hoe verder een punt naar buiten ligt, hoe meer dat domein verstoord is. De stippellijn is je start, de doorgetrokken lijn is nu.',
      domains: 'Je scores per domein',
      pain: 'Je pijn',
      focus: 'Waar we samen aan werken',
      focusReason: 'Waarom deze keuze',
      changedByPractitioner:
        'We hebben deze volgorde samen gekozen, in plaats van de berekende.',
      goals: 'Je doelen',
      notes: 'Uit onze gesprekken',
      redFlags: 'Rode vlaggen',
      closing: 'Tot slot',
    },
    en: {
      ...EN_COMMON,
      summary: 'In short',
      radar: 'Your compass at a glance',
      radarHelp:
        'The further out a point lies, the more that domain is disturbed. The dotted line is your start, the solid line is now.',
      domains: 'Your scores per domain',
      pain: 'Your pain',
      focus: 'What we are working on together',
      focusReason: 'Why this choice',
      changedByPractitioner:
        'We chose this order together, instead of the computed one.',
      goals: 'Your goals',
      notes: 'From our sessions',
      redFlags: 'Red flags',
      closing: 'To close',
    },
  },
  referrer: {
    nl: {
      ...NL_COMMON,
      summary: 'Samenvatting',
      radar: 'Domeinprofiel',
      radarHelp:
        'Domeinscores 0-100 (hoger is meer verstoord). Stippellijn: beginmeting; doorgetrokken: laatste meting.',
      domains: 'Domeinscores',
      pain: 'Pijnuitkomsten',
      focus: 'Focus en onderbouwing',
      focusReason: 'Onderbouwing',
      changedByPractitioner:
        'De behandelaar week af van de berekende prioriteit.',
      goals: 'Doelen',
      notes: 'Sessieverslagen',
      redFlags: 'Rode vlaggen en opvolging',
      closing: 'Afsluiting',
    },
    en: {
      ...EN_COMMON,
      summary: 'Summary',
      radar: 'Domain profile',
      radarHelp:
        'Domain scores 0-100 (higher is more disturbed). Dotted: baseline; solid: latest measurement.',
      domains: 'Domain scores',
      pain: 'Pain outcomes',
      focus: 'Focus and rationale',
      focusReason: 'Rationale',
      changedByPractitioner:
        'The practitioner deviated from the computed priority.',
      goals: 'Goals',
      notes: 'Session notes',
      redFlags: 'Red flags and follow-up',
      closing: 'Closing remarks',
    },
  },
};

export function sheetTexts(
  audience: ReportAudience,
  language: Language,
): SheetTexts {
  return TEXTS[audience][language];
}

/**
 * What was done about a red flag, as the referrer reads it. Part of the
 * report's content (the API writes the same words into the PDF).
 */
export const FOLLOW_UP: Record<RedFlagAction, Record<Language, string>> = {
  gp_called: { nl: 'Huisarts gebeld', en: 'GP called' },
  referred: { nl: 'Doorverwezen', en: 'Referred' },
  client_informed: { nl: 'Cliënt geïnformeerd', en: 'Client informed' },
  no_action_needed: { nl: 'Geen actie nodig', en: 'No action needed' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Heads an addendum that follows a signed note's text. */
export const ADDENDUM: Record<Language, string> = {
  nl: 'Aanvulling',
  en: 'Addendum',
};
