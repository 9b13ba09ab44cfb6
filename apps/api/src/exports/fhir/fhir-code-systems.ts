import type {
  AppointmentType,
  RedFlagAction,
  SessionType,
} from '@herstelkompas/contracts';
import {
  BAND_LABELS,
  type Band,
  DOMAIN_LIST,
  type InstrumentDefinition,
  type PainItemMeasure,
  RED_FLAG_CONDITION_LABELS,
  type RedFlagUrgency,
  URGENCY_LABELS,
} from '@herstelkompas/domain';
import type { CodeSystem, CodeSystemConcept, Coding } from 'fhir/r4';
import {
  answerSystem,
  APPOINTMENT_TYPE_SYSTEM,
  BAND_SYSTEM,
  DOMAIN_SYSTEM,
  PAIN_MEASURE_SYSTEM,
  RED_FLAG_ACTION_SYSTEM,
  RED_FLAG_CONDITION_SYSTEM,
  RED_FLAG_URGENCY_SYSTEM,
  SESSION_TYPE_SYSTEM,
  stableUuid,
} from './fhir-codes';

/** Dutch labels as the practice dashboard shows them. */
export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  intake: 'Intake',
  coaching: 'Coachingsessie',
  follow_up: 'Vervolgafspraak',
  remote: 'Sessie op afstand',
};
/** Dutch labels as the agenda shows them. */
export const APPOINTMENT_TYPE_LABELS: Record<AppointmentType, string> = {
  intake: 'Intakegesprek',
  coaching: 'Coachingsafspraak',
  follow_up: 'Vervolgafspraak',
  remote: 'Afspraak op afstand',
};
export const RED_FLAG_ACTION_LABELS: Record<RedFlagAction, string> = {
  gp_called: 'Huisarts gebeld',
  referred: 'Verwezen',
  client_informed: 'Cliënt geïnformeerd',
  no_action_needed: 'Geen actie nodig',
  other: 'Anders',
};
export const PAIN_MEASURE_LABELS: Partial<Record<PainItemMeasure, string>> = {
  nprs_now: 'Pijn nu (NPRS 0-10)',
  nprs_average: 'Gemiddelde pijn afgelopen week (NPRS 0-10)',
  nprs_worst: 'Ergste pijn afgelopen week (NPRS 0-10)',
  interference: 'Belemmering door pijn (0-10)',
};

function codeSystem(
  url: string,
  name: string,
  title: string,
  concept: CodeSystemConcept[],
  version?: string,
): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id: stableUuid('codesystem', url, version ?? ''),
    url,
    ...(version ? { version } : {}),
    name,
    title,
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    count: concept.length,
    concept,
  };
}

const fromLabels = (labels: Record<string, string>): CodeSystemConcept[] =>
  Object.entries(labels).map(([code, display]) => ({ code, display }));

/** Herstelkompas's fixed code systems: every code the bundle uses is explained. */
export function fixedCodeSystems(): CodeSystem[] {
  return [
    codeSystem(
      DOMAIN_SYSTEM,
      'HerstelkompasDomains',
      'Herstelkompas-domeinen',
      DOMAIN_LIST.map((d) => ({
        code: d.id,
        display: d.name.nl,
        definition: d.referrerSummary.nl,
      })),
    ),
    codeSystem(
      BAND_SYSTEM,
      'HerstelkompasBands',
      'Mate van verstoring per domein',
      (Object.entries(BAND_LABELS) as [Band, { nl: string }][]).map(
        ([code, label]) => ({ code, display: label.nl }),
      ),
    ),
    codeSystem(
      PAIN_MEASURE_SYSTEM,
      'HerstelkompasPainMeasures',
      'Pijnmaten',
      fromLabels(PAIN_MEASURE_LABELS as Record<string, string>),
    ),
    codeSystem(
      RED_FLAG_CONDITION_SYSTEM,
      'HerstelkompasRedFlagConditions',
      'Rode vlaggen: vermoede aandoening',
      Object.entries(RED_FLAG_CONDITION_LABELS).map(([code, label]) => ({
        code,
        display: label.nl,
      })),
    ),
    codeSystem(
      RED_FLAG_URGENCY_SYSTEM,
      'HerstelkompasRedFlagUrgencies',
      'Rode vlaggen: urgentie',
      (
        Object.entries(URGENCY_LABELS) as [RedFlagUrgency, { nl: string }][]
      ).map(([code, label]) => ({ code, display: label.nl })),
    ),
    codeSystem(
      RED_FLAG_ACTION_SYSTEM,
      'HerstelkompasRedFlagActions',
      'Rode vlaggen: genomen actie',
      fromLabels(RED_FLAG_ACTION_LABELS),
    ),
    codeSystem(
      SESSION_TYPE_SYSTEM,
      'HerstelkompasSessionTypes',
      'Soorten sessies',
      fromLabels(SESSION_TYPE_LABELS),
    ),
    codeSystem(
      APPOINTMENT_TYPE_SYSTEM,
      'HerstelkompasAppointmentTypes',
      'Soorten afspraken',
      fromLabels(APPOINTMENT_TYPE_LABELS),
    ),
  ];
}

/** The option ids of one instrument version's choice items. */
function answerOptions(definition: InstrumentDefinition): Map<string, string> {
  const options = new Map<string, string>();
  for (const item of definition.items) {
    const { answer } = item;
    if (answer.kind !== 'single_choice' && answer.kind !== 'multi_choice')
      continue;
    for (const option of answer.options) {
      const known = options.get(option.id);
      // One code, one concept: should two items word an option differently,
      // the concept names both.
      if (known === undefined) options.set(option.id, option.label.nl);
      else if (!known.split(' / ').includes(option.label.nl))
        options.set(option.id, `${known} / ${option.label.nl}`);
    }
  }
  return options;
}

/** The answer options of an instrument version as a code system. */
export function answerCodeSystem(definition: InstrumentDefinition): CodeSystem {
  return codeSystem(
    answerSystem(definition.id),
    `${definition.id.replace(/[^A-Za-z0-9]/g, '_')}_answers`,
    `Antwoordopties: ${definition.title.nl}`,
    [...answerOptions(definition)].map(([code, display]) => ({
      code,
      display,
    })),
    String(definition.version),
  );
}

/** A coding of an answer option, in its instrument's code system. */
export function answerCoding(
  definition: InstrumentDefinition,
  code: string,
  display?: string,
): Coding {
  return {
    system: answerSystem(definition.id),
    version: String(definition.version),
    code,
    ...(display ? { display } : {}),
  };
}
