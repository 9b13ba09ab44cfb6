import type { Language } from '../i18n/localized';
import type { ReportAudience } from './report-types';

/**
 * The words a progress report adds around its content: headings, column
 * names, the footer. Warm for clients (je/jij), short and clinical for
 * referrers. The PDF and the web preview both use these, so they cannot
 * drift apart.
 */
export interface ReportTexts {
  client: string;
  practitioner: string;
  born: string;
  age: (years: number) => string;
  period: string;
  /** The first measurement, when it is the only one. */
  baseline: string;
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
  /** The letter to a referrer: addressee, complaint, referral, signature. */
  to: string;
  greeting: (name: string | null) => string;
  complaint: string;
  referredBy: string;
  findings: string;
  regards: string;
  dated: string;
  /** The letter's opening; it announces the question only when there is one. */
  letterIntro: (withQuestion: boolean) => string;
  /** Shown where a domain has no score in a measurement. */
  noData: string;
  /** With page numbers in the PDF; without them in a preview. */
  footer: (generatedOn: string, page?: number, pages?: number) => string;
}

const NL_COMMON = {
  client: 'Cliënt',
  practitioner: 'Behandelaar',
  born: 'geboren',
  age: (years: number) => `${years} jaar`,
  period: 'Periode',
  baseline: 'Beginmeting',
  start: 'Start',
  now: 'Nu',
  domain: 'Domein',
  change: 'Verandering',
  notable: 'Opvallend',
  yes: 'ja',
  measure: 'Uitkomstmaat',
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
  to: 'Aan',
  greeting: (name: string | null) =>
    name ? `Geachte ${name},` : 'Geachte collega,',
  complaint: 'Klacht',
  referredBy: 'Verwezen door',
  findings: 'Bevindingen',
  regards: 'Met vriendelijke groet,',
  dated: 'Datum',
  letterIntro: (withQuestion: boolean) =>
    'Hierbij informeer ik u over het verloop van de begeleiding van uw patiënt bij chronische rugklachten. ' +
    (withQuestion
      ? 'De bevindingen staan hieronder; de vraag of het advies aan u volgt aan het eind.'
      : 'De bevindingen staan hieronder.'),
  noData: 'geen meting',
  footer: (date: string, page?: number, pages?: number) =>
    `Vertrouwelijk · Gemaakt op ${date}` +
    (page === undefined ? '' : ` · Pagina ${page} van ${pages}`),
};

const EN_COMMON = {
  client: 'Client',
  practitioner: 'Practitioner',
  born: 'born',
  age: (years: number) => `${years} years`,
  period: 'Period',
  baseline: 'Baseline',
  start: 'Start',
  now: 'Now',
  domain: 'Domain',
  change: 'Change',
  notable: 'Notable',
  yes: 'yes',
  measure: 'Outcome measure',
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
  to: 'To',
  greeting: (name: string | null) =>
    name ? `Dear ${name},` : 'Dear colleague,',
  complaint: 'Complaint',
  referredBy: 'Referred by',
  findings: 'Findings',
  regards: 'Kind regards,',
  dated: 'Date',
  letterIntro: (withQuestion: boolean) =>
    'I am writing to inform you about the course of care of your patient for chronic back pain. ' +
    (withQuestion
      ? 'The findings follow below; my question or advice to you is at the end.'
      : 'The findings follow below.'),
  noData: 'no measurement',
  footer: (date: string, page?: number, pages?: number) =>
    `Confidential · Made on ${date}` +
    (page === undefined ? '' : ` · Page ${page} of ${pages}`),
};

const TEXTS: Record<ReportAudience, Record<Language, ReportTexts>> = {
  client: {
    nl: {
      ...NL_COMMON,
      noData: 'niet ingevuld',
      summary: 'In het kort',
      radar: 'Je kompas in één oogopslag',
      radarHelp:
        'Hoe verder een punt naar buiten ligt, hoe meer dat domein verstoord is. De stippellijn is je start, de doorgetrokken lijn is nu.',
      domains: 'Je scores per domein',
      pain: 'Je pijn',
      focus: 'Waar we samen aan werken',
      focusReason: 'Waarom deze keuze',
      changedByPractitioner:
        'Je behandelaar heeft deze volgorde gekozen, in plaats van de berekende.',
      goals: 'Je doelen',
      notes: 'Uit onze gesprekken',
      redFlags: 'Rode vlaggen',
      closing: 'Tot slot',
    },
    en: {
      ...EN_COMMON,
      noData: 'not filled in',
      summary: 'In short',
      radar: 'Your compass at a glance',
      radarHelp:
        'The further out a point lies, the more that domain is disturbed. The dotted line is your start, the solid line is now.',
      domains: 'Your scores per domain',
      pain: 'Your pain',
      focus: 'What we are working on together',
      focusReason: 'Why this choice',
      changedByPractitioner:
        'Your practitioner chose this order, instead of the computed one.',
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
      closing: 'Vraag en advies aan de huisarts',
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
      closing: 'Question and advice to the GP',
    },
  },
};

/** The report's words for one audience and language. */
export function reportTexts(
  audience: ReportAudience,
  language: Language,
): ReportTexts {
  return TEXTS[audience][language];
}

/** What a practitioner can do about a red flag (the API's acknowledgement actions). */
export type RedFlagFollowUpAction =
  'gp_called' | 'referred' | 'client_informed' | 'no_action_needed' | 'other';

/** What was done about a red flag, as the referrer reads it. */
export const RED_FLAG_FOLLOW_UP: Readonly<
  Record<RedFlagFollowUpAction, Readonly<Record<Language, string>>>
> = {
  gp_called: { nl: 'Huisarts gebeld', en: 'GP called' },
  referred: { nl: 'Doorverwezen', en: 'Referred' },
  client_informed: { nl: 'Cliënt geïnformeerd', en: 'Client informed' },
  no_action_needed: { nl: 'Geen actie nodig', en: 'No action needed' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Heads an addendum that follows a signed note's text. */
export const ADDENDUM_LABEL: Readonly<Record<Language, string>> = {
  nl: 'Aanvulling',
  en: 'Addendum',
};
