import { sortByDate } from '../change/trend-series';
import { REASON_CODE_LABELS } from '../decisions/reason-codes';
import { DOMAINS } from '../domains/domains';
import { formatDate, toCalendarDate } from '../i18n/dates';
import type { Localized } from '../i18n/localized';
import { formatPersonName } from '../people/person-name';
import { URGENCY_LABELS, URGENCY_ORDER } from '../red-flags/red-flag-texts';
import { GOAL_STATUS_LABELS } from './report-labels';
import type {
  ProgressReport,
  ProgressReportInput,
  ReportFocus,
  ReportLetter,
} from './report-types';

function filled(text: string | null | undefined): string | null {
  return text?.trim() || null;
}

/** "Lage rugpijn: onderrug, sinds 3 jaar", from what the record holds. */
function complaintText(
  location: string | null,
  duration: string | null,
): Localized | null {
  if (!location && !duration) return null;
  const parts = (where: string, since: string) =>
    [location && `${where} ${location}`, duration && `${since} ${duration}`]
      .filter(Boolean)
      .join(', ');
  return {
    nl: `Pijnklachten: ${parts('locatie', 'duur')}.`,
    en: `Pain complaints: ${parts('location', 'duration')}.`,
  };
}

/**
 * Referrer only: the letter's addressee (the GP on the client's record),
 * its subject line and the complaint with who referred.
 */
export function letterSection(input: ProgressReportInput): ReportLetter | null {
  if (input.audience === 'client') {
    return null;
  }
  const referral = input.referral ?? {};
  const gp = referral.gp;
  const name = filled(gp?.name);
  const practice = filled(gp?.practice);
  const client = formatPersonName(input.client);
  const born = formatDate(input.client.dateOfBirth);
  return {
    addressee: name || practice ? { name, practice } : null,
    subject: {
      nl: `Betreft: ${client}, geboren ${born}`,
      en: `Re: ${client}, born ${born}`,
    },
    complaint: complaintText(
      filled(referral.painLocation),
      filled(referral.painDuration),
    ),
    referredBy: filled(referral.referredBy),
  };
}

/**
 * The focus the practitioner chose, with an explanation per domain: the warm
 * je-text for the client, a short third-person clinical line for a referrer.
 */
export function focusSection(input: ProgressReportInput): ReportFocus | null {
  const { decision } = input;
  if (!decision) {
    return null;
  }
  return {
    domains: decision.focusDomains.map((domain) => {
      const { name, colour, icon, explanation, referrerSummary } =
        DOMAINS[domain];
      return {
        domain,
        name,
        colour,
        icon,
        explanation:
          input.audience === 'client' ? explanation : referrerSummary,
      };
    }),
    reasonCode: decision.reasonCode,
    reasonLabel: REASON_CODE_LABELS[decision.reasonCode],
    reasonText: decision.reasonText,
    chosenByPractitioner: decision.differsFromComputed,
  };
}

/** Referrer only: red flags, most urgent first, with their follow-up. */
export function redFlagSection(
  input: ProgressReportInput,
): ProgressReport['redFlags'] {
  if (input.audience === 'client') {
    return null;
  }
  return [...(input.redFlags ?? [])]
    .sort(
      (a, b) =>
        URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency),
    )
    .map((flag) => ({
      label: flag.label,
      urgency: flag.urgency,
      urgencyLabel: URGENCY_LABELS[flag.urgency],
      raisedOn: toCalendarDate(flag.raisedOn),
      followUp: flag.followUp?.trim() || null,
      resolved: flag.resolved,
    }));
}

/** Goals as entered, with the status in words. */
export function goalRows(input: ProgressReportInput): ProgressReport['goals'] {
  return (input.goals ?? []).map((goal) => ({
    title: goal.title.trim(),
    domain: goal.domain ?? null,
    domainName: goal.domain ? DOMAINS[goal.domain].name : null,
    status: goal.status,
    statusLabel: GOAL_STATUS_LABELS[goal.status],
    targetDate: goal.targetDate ? toCalendarDate(goal.targetDate) : null,
  }));
}

/** Selected notes by date (same-day notes keep their input order). */
export function noteRows(input: ProgressReportInput): ProgressReport['notes'] {
  const notes = (input.notes ?? []).map((note, index) => ({
    id: String(index).padStart(6, '0'),
    date: note.date,
    summary: note.summary.trim(),
  }));
  return sortByDate(notes).map(({ date, summary }) => ({
    date: toCalendarDate(date),
    summary,
  }));
}
