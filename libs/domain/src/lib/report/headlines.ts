import type { KnownChange } from '../change/change-types';
import {
  type AssessmentComparison,
  isClinicallyRelevantPainChange,
} from '../change/compare-assessments';
import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { DOMAINS, domainNameInText } from '../domains/domains';
import { type Localized, formatNumber, localize } from '../i18n/localized';
import { roundHalfAwayFromZero } from '../scoring/rounding';
import type { ReportAudience, ReportRedFlagInput } from './report-types';

/** What the headlines are made from. */
export interface HeadlineInput {
  readonly audience: ReportAudience;
  readonly assessmentCount: number;
  /** Baseline versus latest; null with fewer than two assessments. */
  readonly comparison: AssessmentComparison | null;
  readonly painFocusOff: boolean;
  readonly redFlags: readonly ReportRedFlagInput[];
}

type Notable = { domain: DomainId; change: KnownChange };

const whole = (value: number): number => roundHalfAwayFromZero(value);

const signed = (delta: number, language: 'nl' | 'en'): string =>
  (delta > 0 ? '+' : '') + formatNumber(delta, language);

/** Notable domain changes: improvements first, each by size, then form order. */
function notableDomains(comparison: AssessmentComparison): Notable[] {
  const notable = DOMAIN_IDS.flatMap((domain): Notable[] => {
    const change = comparison.domains[domain];
    return change.notable ? [{ domain, change }] : [];
  });
  const improvedFirst = (n: Notable) => (n.change.delta < 0 ? 0 : 1);
  return notable.sort(
    (a, b) =>
      improvedFirst(a) - improvedFirst(b) ||
      Math.abs(b.change.delta) - Math.abs(a.change.delta),
  );
}

function clientDomainLine({ domain, change }: Notable): Localized {
  const name = domainNameInText(domain);
  const a = whole(change.before);
  const b = whole(change.after);
  return change.delta < 0
    ? {
        nl: `Je score voor ${name.nl} is duidelijk verbeterd: van ${a} naar ${b}.`,
        en: `Your ${name.en} score has clearly improved: from ${a} to ${b}.`,
      }
    : {
        nl: `Je score voor ${name.nl} is gestegen, van ${a} naar ${b}. Schommelingen horen erbij; we kijken er samen naar.`,
        en: `Your ${name.en} score went up, from ${a} to ${b}. Ups and downs are part of the process; we will look at this together.`,
      };
}

function referrerDomainLine({ domain, change }: Notable): Localized {
  const { name } = DOMAINS[domain];
  return localize((language) => {
    const what =
      change.delta < 0
        ? { nl: 'opvallende verbetering', en: 'notable improvement' }
        : { nl: 'opvallende verslechtering', en: 'notable deterioration' };
    const from = formatNumber(change.before, language);
    const to = formatNumber(change.after, language);
    const range =
      language === 'nl' ? `van ${from} naar ${to}` : `${from} to ${to}`;
    return `${name[language]}: ${what[language]}, ${range} (${signed(change.delta, language)}).`;
  });
}

function clientPainLines(comparison: AssessmentComparison): Localized[] {
  const lines: Localized[] = [];
  const pain = comparison.pain.nprsAverage;
  if (pain.notable) {
    const a = whole(pain.before);
    const b = whole(pain.after);
    lines.push(
      pain.delta < 0
        ? {
            nl: `Je gemiddelde pijn is gedaald van ${a} naar ${b} (op een schaal van 0 tot 10).`,
            en: `Your average pain went down from ${a} to ${b} (on a scale of 0 to 10).`,
          }
        : {
            nl: `Je gemiddelde pijn is gestegen van ${a} naar ${b}. Pijn schommelt vaak; we bespreken samen wat je merkt.`,
            en: `Your average pain went up from ${a} to ${b}. Pain often fluctuates; we will talk together about what you notice.`,
          },
    );
  }
  const beliefs = comparison.pain.beliefs;
  if (beliefs.notable && beliefs.direction === 'improved') {
    lines.push({
      nl: 'Je kijkt met meer vertrouwen naar je pijn dan bij de start.',
      en: 'You look at your pain with more confidence than at the start.',
    });
  }
  return lines;
}

function referrerPainLines(comparison: AssessmentComparison): Localized[] {
  const lines: Localized[] = [];
  const pain = comparison.pain.nprsAverage;
  if (pain.delta !== null) {
    const delta = pain.delta;
    lines.push(
      localize((language) => {
        const verdict = isClinicallyRelevantPainChange(pain)
          ? { nl: 'klinisch relevant', en: 'clinically relevant' }
          : pain.notable
            ? {
                nl: 'opvallend (30 % of meer), maar kleiner dan 2 punten en dus niet klinisch relevant',
                en: 'notable (30 % or more), but under 2 points and so not clinically relevant',
              }
            : {
                nl: 'geen klinisch relevante verandering',
                en: 'no clinically relevant change',
              };
        const from = formatNumber(pain.before, language);
        const to = formatNumber(pain.after, language);
        return language === 'nl'
          ? `Gemiddelde pijn (NPRS): van ${from} naar ${to} (${signed(delta, language)}), ${verdict.nl}.`
          : `Average pain (NPRS): ${from} to ${to} (${signed(delta, language)}), ${verdict.en}.`;
      }),
    );
  }
  const beliefs = comparison.pain.beliefs;
  if (beliefs.notable) {
    const delta = beliefs.delta;
    lines.push(
      localize((language) => {
        const from = formatNumber(beliefs.before, language);
        const to = formatNumber(beliefs.after, language);
        return language === 'nl'
          ? `Pijnopvattingen: van ${from} naar ${to} (${signed(delta, language)}; lager is gunstiger).`
          : `Pain beliefs: ${from} to ${to} (${signed(delta, language)}; lower is more favourable).`;
      }),
    );
  }
  return lines;
}

/** Ends a sentence once, whether or not the practitioner typed a full stop. */
const sentence = (text: string): string =>
  /[.!?]$/.test(text) ? text : `${text}.`;

function redFlagLines(flags: readonly ReportRedFlagInput[]): Localized[] {
  if (flags.length === 0) {
    return [{ nl: 'Geen rode vlaggen gemeld.', en: 'No red flags reported.' }];
  }
  return flags.map((flag) => {
    const followUp = flag.followUp?.trim() ?? '';
    return {
      nl: sentence(
        `Rode vlag: ${flag.label.nl} (${flag.resolved ? 'afgehandeld' : 'open'}). Opvolging: ${followUp || 'nog niet vastgelegd'}`,
      ),
      en: sentence(
        `Red flag: ${flag.label.en} (${flag.resolved ? 'resolved' : 'open'}). Follow-up: ${followUp || 'not yet recorded'}`,
      ),
    };
  });
}

const FIRST_MEASUREMENT: Record<ReportAudience, Localized> = {
  client: {
    nl: 'Dit is de eerste keer dat je de vragenlijst invulde: het startpunt waarmee we later vergelijken.',
    en: 'This is the first time you filled in the questionnaire: the starting point we will compare with later.',
  },
  referrer: {
    nl: 'Alleen een beginmeting; nog geen vervolgmeting.',
    en: 'Baseline only; no follow-up yet.',
  },
};

const NO_MEASUREMENT: Record<ReportAudience, Localized> = {
  client: {
    nl: 'Je hebt de vragenlijst nog niet ingevuld.',
    en: 'You have not filled in the questionnaire yet.',
  },
  referrer: {
    nl: 'Er is nog geen meting.',
    en: 'There is no measurement yet.',
  },
};

const NOTHING_NOTABLE: Record<ReportAudience, Localized> = {
  client: {
    nl: 'Je scores zijn ongeveer gelijk gebleven. Verandering kost soms tijd; we blijven samen kijken wat helpt.',
    en: 'Your scores have stayed about the same. Change can take time; we will keep looking together at what helps.',
  },
  referrer: {
    nl: 'Geen opvallende veranderingen in de domeinscores (minder dan 10 punten per domein).',
    en: 'No notable changes in the domain scores (less than 10 points per domain).',
  },
};

function changeLines(input: HeadlineInput): Localized[] {
  const { audience, comparison, assessmentCount } = input;
  if (comparison === null) {
    return [
      assessmentCount === 0
        ? NO_MEASUREMENT[audience]
        : FIRST_MEASUREMENT[audience],
    ];
  }
  const domains = notableDomains(comparison);
  if (audience === 'client') {
    const pain = input.painFocusOff ? [] : clientPainLines(comparison);
    const lines = [...domains.map(clientDomainLine), ...pain];
    return lines.length > 0 ? lines : [NOTHING_NOTABLE.client];
  }
  return [
    ...(domains.length > 0
      ? domains.map(referrerDomainLine)
      : [NOTHING_NOTABLE.referrer]),
    ...referrerPainLines(comparison),
  ];
}

/**
 * The headline changes in plain words: warm for clients (no red flags, which
 * they were told about at the time), concise and clinical for referrers,
 * starting with the red flags and their follow-up.
 */
export function buildHeadlines(input: HeadlineInput): Localized[] {
  const flags =
    input.audience === 'referrer' ? redFlagLines(input.redFlags) : [];
  return [...flags, ...changeLines(input)];
}
