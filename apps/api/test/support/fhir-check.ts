import type { Bundle, FhirResource } from 'fhir/r4';

/**
 * Required elements (minimum cardinality 1) of the R4 resources the export
 * writes, plus the invariants it must keep. The types in @types/fhir catch
 * the shapes at compile time; this catches what types cannot.
 */
const REQUIRED: Record<string, readonly string[]> = {
  Patient: [],
  Practitioner: [],
  Organization: [],
  CodeSystem: ['status', 'content'],
  Questionnaire: ['status'],
  QuestionnaireResponse: ['status'],
  Observation: ['status', 'code'],
  Goal: ['lifecycleStatus', 'description', 'subject'],
  CarePlan: ['status', 'intent', 'subject'],
  Consent: ['status', 'scope', 'category'],
  Flag: ['status', 'code', 'subject'],
  DocumentReference: ['status', 'content'],
  Appointment: ['status', 'participant'],
  Communication: ['status'],
};

const OWN_BASE = 'https://herstelkompas.nl/fhir/';
const CODING_KEYS = new Set(['coding', 'valueCoding', 'answerCoding']);
const QUANTITY_KEYS = new Set(['valueQuantity', 'detailQuantity']);

/** Every Coding and Quantity in a value, with where it sits. */
function walk(
  value: unknown,
  visit: (key: string, value: Record<string, unknown>, path: string) => void,
  path = '',
): void {
  if (Array.isArray(value))
    value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = `${path}.${key}`;
      for (const one of Array.isArray(v) ? v : [v])
        if (one && typeof one === 'object' && !Array.isArray(one))
          visit(key, one as Record<string, unknown>, at);
      walk(v, visit, at);
    }
  }
}

function references(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => references(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'reference' && typeof v === 'string') found.push(v);
      else references(v, found);
    }
  }
  return found;
}

type Item = {
  linkId: string;
  type?: string;
  item?: Item[];
  answerOption?: { valueCoding?: { system?: string; code?: string } }[];
  enableWhen?: ({ question: string; operator: string } & Record<
    string,
    unknown
  >)[];
  answer?: Record<string, unknown>[];
};
const flatten = (items: Item[] = []): Item[] =>
  items.flatMap((i) => [i, ...flatten(i.item)]);

/** The answer[x] type a question of this type takes (enableWhen, responses). */
const ANSWER_TYPE: Record<string, string> = {
  boolean: 'Boolean',
  integer: 'Integer',
  decimal: 'Decimal',
  choice: 'Coding',
  string: 'String',
  text: 'String',
  reference: 'Reference',
};

/** A questionnaire's own consistency: conditions and answers fit their questions. */
function questionnaireProblems(items: Item[], name: string): string[] {
  const problems: string[] = [];
  const byId = new Map(flatten(items).map((i) => [i.linkId, i]));
  const codes = (q: Item) =>
    new Set(
      q.answerOption?.map(
        (o) => `${o.valueCoding?.system}|${o.valueCoding?.code}`,
      ),
    );
  for (const item of byId.values()) {
    for (const condition of item.enableWhen ?? []) {
      const asked = byId.get(condition.question);
      if (!asked) {
        problems.push(
          `${name} ${item.linkId}: enableWhen names unknown ${condition.question}`,
        );
        continue;
      }
      if (condition.operator === 'exists') continue;
      const key = Object.keys(condition).find((k) => k.startsWith('answer'));
      const wanted = `answer${ANSWER_TYPE[asked.type ?? ''] ?? '?'}`;
      if (key !== wanted)
        problems.push(
          `${name} ${item.linkId}: enableWhen on ${asked.linkId} (${asked.type}) uses ${key}`,
        );
      const coding = condition['answerCoding'] as
        { system?: string; code?: string } | undefined;
      if (coding && !codes(asked).has(`${coding.system}|${coding.code}`))
        problems.push(
          `${name} ${item.linkId}: enableWhen code ${coding.code} is not an option of ${asked.linkId}`,
        );
    }
  }
  return problems;
}

/** A response's answers fit the types and options of their questions. */
function responseProblems(response: Item[], questionnaire: Item[]): string[] {
  const problems: string[] = [];
  const byId = new Map(flatten(questionnaire).map((i) => [i.linkId, i]));
  for (const item of flatten(response)) {
    const question = byId.get(item.linkId);
    if (!question) continue;
    for (const answer of item.answer ?? []) {
      const key = Object.keys(answer).find((k) => k.startsWith('value'));
      const wanted = `value${ANSWER_TYPE[question.type ?? ''] ?? '?'}`;
      if (key !== wanted)
        problems.push(
          `response item ${item.linkId} (${question.type}) answers with ${key}`,
        );
      const coding = answer['valueCoding'] as
        { system?: string; code?: string } | undefined;
      if (
        coding &&
        !question.answerOption?.some(
          (o) =>
            o.valueCoding?.system === coding.system &&
            o.valueCoding?.code === coding.code,
        )
      )
        problems.push(
          `response item ${item.linkId}: ${coding.code} is not one of its options`,
        );
    }
  }
  return problems;
}
const linkIds = (items: Item[] = [], ids = new Set<string>()) => {
  for (const item of items) {
    ids.add(item.linkId);
    linkIds(item.item, ids);
  }
  return ids;
};

/** Every structural problem of a collection bundle; empty when it is sound. */
export function fhirProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  if (bundle.resourceType !== 'Bundle') problems.push('not a Bundle');
  if (bundle.type !== 'collection') problems.push(`type is ${bundle.type}`);
  const entries = bundle.entry ?? [];
  const urls = new Set(entries.map((e) => e.fullUrl));
  if (urls.size !== entries.length) problems.push('duplicate fullUrl');
  const canonicals = new Set<string>();
  // Our own code systems, and the codes each defines.
  const ownCodes = new Map<string, Set<string>>();
  for (const entry of entries) {
    const r = entry.resource as FhirResource | undefined;
    if (r?.resourceType === 'CodeSystem' && r.url)
      ownCodes.set(
        r.url,
        new Set([
          ...(ownCodes.get(r.url) ?? []),
          ...(r.concept ?? []).map((c) => c.code),
        ]),
      );
  }
  entries.forEach((entry, i) => {
    const resource = entry.resource as FhirResource | undefined;
    if (!entry.fullUrl) problems.push(`entry ${i} has no fullUrl`);
    if (!resource?.resourceType) {
      problems.push(`entry ${i} has no resource.resourceType`);
      return;
    }
    const required = REQUIRED[resource.resourceType];
    if (!required) problems.push(`unexpected ${resource.resourceType}`);
    for (const field of required ?? []) {
      if ((resource as unknown as Record<string, unknown>)[field] == null) {
        problems.push(`${resource.resourceType} ${i} lacks ${field}`);
      }
    }
    if (resource.resourceType === 'Questionnaire') {
      canonicals.add(`${resource.url}|${resource.version}`);
      problems.push(
        ...questionnaireProblems(
          resource.item as Item[],
          `Questionnaire ${resource.url}|${resource.version}`,
        ),
      );
    }
    if (resource.resourceType === 'Consent') {
      if (!resource.policy?.length && !resource.policyRule) {
        problems.push('Consent lacks policy or policyRule (ppc-1)');
      }
    }
    if (resource.resourceType === 'Goal') {
      for (const t of resource.target ?? []) {
        const detail = t.detailQuantity ?? t.detailString;
        if (detail !== undefined && !t.measure) {
          problems.push('Goal target with detail lacks measure (gol-1)');
        }
      }
    }
    if (resource.resourceType === 'Observation') {
      if (
        (resource.valueQuantity === undefined) ===
        (resource.dataAbsentReason === undefined)
      ) {
        problems.push(
          'Observation needs a value or a dataAbsentReason (obs-6)',
        );
      }
    }
    const text = (resource as { text?: { status?: string; div?: string } })
      .text;
    if (
      text?.status !== 'generated' ||
      !text.div?.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')
    )
      problems.push(
        `${resource.resourceType} ${i} lacks a generated narrative`,
      );
    walk(resource, (key, value, path) => {
      if (CODING_KEYS.has(key)) {
        const system = value['system'] as string | undefined;
        if (!system)
          problems.push(
            `${resource.resourceType} ${i}${path}: Coding without system`,
          );
        else if (system.startsWith(OWN_BASE)) {
          const codes = ownCodes.get(system);
          if (!codes)
            problems.push(
              `${resource.resourceType} ${i}${path}: CodeSystem ${system} is not in the bundle`,
            );
          else if (!codes.has(value['code'] as string))
            problems.push(
              `${resource.resourceType} ${i}${path}: ${String(value['code'])} is not in ${system}`,
            );
        }
      }
      if (QUANTITY_KEYS.has(key) || path.endsWith('.valueQuantity')) {
        if (value['system'] !== 'http://unitsofmeasure.org' || !value['code'])
          problems.push(
            `${resource.resourceType} ${i}${path}: Quantity without a UCUM unit`,
          );
      }
    });
    // "#id" points at a resource contained in this one (dom-3 asks the reverse too).
    const contained = new Set(
      ((resource as { contained?: { id?: string }[] }).contained ?? []).map(
        (c) => `#${c.id}`,
      ),
    );
    const refs = references(resource);
    for (const id of contained)
      if (!refs.includes(id))
        problems.push(
          `${resource.resourceType} ${i}: contained ${id} is not referenced (dom-3)`,
        );
    for (const ref of refs) {
      if (ref.startsWith('#') ? !contained.has(ref) : !urls.has(ref))
        problems.push(`${resource.resourceType} ${i}: ${ref} does not resolve`);
    }
  });
  for (const entry of entries) {
    const resource = entry.resource as FhirResource;
    if (resource?.resourceType !== 'QuestionnaireResponse') continue;
    if (!canonicals.has(resource.questionnaire ?? '')) {
      problems.push(
        `questionnaire ${resource.questionnaire} is not in the bundle`,
      );
      continue;
    }
    const q = entries
      .map((e) => e.resource as FhirResource)
      .find(
        (r) =>
          r.resourceType === 'Questionnaire' &&
          `${r.url}|${r.version}` === resource.questionnaire,
      ) as { item?: Item[] };
    const known = linkIds(q.item);
    for (const id of linkIds(resource.item as Item[])) {
      if (!known.has(id))
        problems.push(`response item ${id} is not in its questionnaire`);
    }
    problems.push(...responseProblems(resource.item as Item[], q.item ?? []));
  }
  return problems;
}
