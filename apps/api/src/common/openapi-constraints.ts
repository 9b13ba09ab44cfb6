import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<
  MetadataStorage['getTargetValidationMetadatas']
>[number];

// The keys @ApiProperty writes (@nestjs/swagger's DECORATORS, not exported from its entry).
const DECORATORS = {
  API_MODEL_PROPERTIES: 'swagger/apiModelProperties',
  API_MODEL_PROPERTIES_ARRAY: 'swagger/apiModelPropertiesArray',
};

type Schema = Record<string, unknown>;

/** What a validation rule says about a value, in OpenAPI words. */
const RULES: Record<string, (m: ValidationMetadata) => Schema> = {
  isString: () => ({ type: 'string' }),
  isNotEmpty: () => ({ minLength: 1 }),
  minLength: (m) => ({ minLength: m.constraints[0] }),
  maxLength: (m) => ({ maxLength: m.constraints[0] }),
  isEmail: () => ({ type: 'string', format: 'email' }),
  isUuid: () => ({ type: 'string', format: 'uuid' }),
  isISO8601: () => ({ type: 'string', format: 'date-time' }),
  isDateString: () => ({ type: 'string', format: 'date-time' }),
  isBirthDate: () => ({ type: 'string', format: 'date' }),
  isCalendarDate: () => ({ type: 'string', format: 'date' }),
  isDateTime: () => ({ type: 'string', format: 'date-time' }),
  // Which characters a text field takes (see common/validators.ts).
  isSingleLine: () => ({ type: 'string', 'x-text': 'single-line' }),
  isMultiLine: () => ({ type: 'string', 'x-text': 'multi-line' }),
  isSecret: () => ({ type: 'string', 'x-text': 'secret' }),
  matches: (m) => ({
    type: 'string',
    pattern: String(m.constraints[0].source),
  }),
  isIn: (m) => ({ enum: [...m.constraints[0]] }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  min: (m) => ({ minimum: m.constraints[0] }),
  max: (m) => ({ maximum: m.constraints[0] }),
  isBoolean: () => ({ type: 'boolean' }),
  isArray: () => ({ type: 'array' }),
  arrayMaxSize: (m) => ({ maxItems: m.constraints[0] }),
  arrayMinSize: (m) => ({ minItems: m.constraints[0] }),
  isObject: () => ({ type: 'object' }),
};

/** Rules that speak about the array's items when given with `each`. */
const ITEM_RULES = new Set(Object.keys(RULES));

/**
 * Writes what class-validator checks into the Swagger property metadata, so
 * the OpenAPI document states the real limits (lengths, formats, ranges, types
 * of `string | null` fields) without repeating them in every `@ApiProperty`.
 * Explicit `@ApiProperty` options win. Must run before the document is built.
 */
export function describeValidationRules(): void {
  // class-validator keeps no public list of validated classes; its storage map is stable in 0.14.
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<
      new (...args: never[]) => object,
      ValidationMetadata[]
    >;
  };
  for (const target of storage.validationMetadatas.keys()) {
    const rules = getMetadataStorage().getTargetValidationMetadatas(
      target,
      '',
      false,
      false,
    );
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const rule of rules)
      byProperty.set(rule.propertyName, [
        ...(byProperty.get(rule.propertyName) ?? []),
        rule,
      ]);
    for (const [property, propertyRules] of byProperty)
      describeProperty(target.prototype, property, propertyRules);
  }
}

function describeProperty(
  prototype: object,
  property: string,
  rules: ValidationMetadata[],
): void {
  const derived: Schema = {};
  const items: Schema = {};
  for (const rule of rules) {
    const name = rule.name ?? rule.type;
    const describe = RULES[name];
    if (!describe) continue;
    if (rule.each && ITEM_RULES.has(name)) Object.assign(items, describe(rule));
    else Object.assign(derived, describe(rule));
  }
  const optional = rules.some((r) => r.type === 'conditionalValidation');
  const nullable = rules.some((r) => r.name === 'isOptional');
  const existing: Schema =
    Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, property) ??
    {};
  const merged: Schema = {
    ...derived,
    ...(derived['type'] ? withoutVagueType(existing) : existing),
  };
  if (Object.keys(items).length) {
    const declared = existing['type'];
    const itemType =
      typeof declared === 'function' && existing['isArray']
        ? declared.name.toLowerCase()
        : undefined;
    merged['type'] = 'array';
    merged['items'] = {
      type: itemType ?? items['type'] ?? 'string',
      ...items,
      ...((existing['items'] as Schema | undefined) ?? {}),
    };
    delete merged['isArray'];
  }
  if (merged['enum'] && !merged['type'] && !existing['type'])
    merged['type'] = 'string';
  if (merged['required'] === undefined) merged['required'] = !optional;
  // @IsOptional lets null through; @IsOmittable and PATCH types do not.
  if (nullable && merged['nullable'] === undefined) merged['nullable'] = true;
  const list: string[] =
    Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, prototype) ?? [];
  if (!list.includes(`:${property}`))
    Reflect.defineMetadata(
      DECORATORS.API_MODEL_PROPERTIES_ARRAY,
      [...list, `:${property}`],
      prototype,
    );
  Reflect.defineMetadata(
    DECORATORS.API_MODEL_PROPERTIES,
    merged,
    prototype,
    property,
  );
}

/** `string | null` reflects as Object: that says nothing, the rules say more. */
function withoutVagueType(existing: Schema): Schema {
  const copy = { ...existing };
  if (copy['type'] === Object) delete copy['type'];
  return copy;
}
