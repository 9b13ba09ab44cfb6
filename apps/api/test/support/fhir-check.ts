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
};

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

type Item = { linkId: string; item?: Item[] };
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
    for (const ref of references(resource)) {
      if (!urls.has(ref))
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
  }
  return problems;
}
