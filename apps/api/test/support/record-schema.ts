/**
 * JSON Schema (draft-07, ajv 8's default) of record.json in a client's
 * export. Strict at the top and on every part a client may rely on; open
 * where a part carries libs/domain's own shapes. Patterns instead of
 * `format`, so no extra ajv plugin is needed.
 */
const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$';
const id = { type: 'string', pattern: UUID } as const;
const dateTime = { type: 'string', pattern: DATE_TIME } as const;
const nullableDateTime = {
  anyOf: [dateTime, { type: 'null' }],
} as const;
const person = {
  type: 'object',
  required: ['id', 'displayName'],
  properties: { id, displayName: { type: 'string' } },
  additionalProperties: false,
} as const;
const nullablePerson = { anyOf: [person, { type: 'null' }] } as const;
const domain = {
  enum: ['stress', 'breathing', 'movement', 'nutrition', 'sleep', 'immune'],
} as const;

const list = (items: object) => ({ type: 'array', items }) as const;
const scale = { type: ['integer', 'null'], minimum: 0, maximum: 10 } as const;
const object = (
  properties: Record<string, object>,
  required = Object.keys(properties),
) =>
  ({
    type: 'object',
    required,
    properties,
    additionalProperties: false,
  }) as const;

export const RECORD_SCHEMA = object({
  format: { const: 'herstelkompas-client-record/1' },
  exportedAt: dateTime,
  practice: object({ id, name: { type: 'string' } }),
  client: {
    type: 'object',
    required: [
      'id',
      'firstName',
      'lastName',
      'dateOfBirth',
      'email',
      'status',
      'responsiblePractitioner',
      'consent',
      'painFocusOff',
      'legalBasis',
    ],
    properties: {
      id,
      firstName: { type: 'string' },
      lastName: { type: 'string' },
      dateOfBirth: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      email: { type: 'string' },
      responsiblePractitioner: person,
      sharedWith: list(person),
    },
  },
  consent: object({
    givenAt: nullableDateTime,
    privacyStatementVersion: { type: ['string', 'null'] },
    withdrawnAt: nullableDateTime,
  }),
  invitations: list({
    type: 'object',
    required: ['id', 'variant', 'instrument', 'createdAt', 'draftAnswers'],
    properties: { id, tokenHash: false, token: false },
  }),
  assessments: list({
    type: 'object',
    required: [
      'id',
      'submittedAt',
      'instrument',
      'answers',
      'domainScores',
      'pain',
      'redFlags',
      'algorithmVersion',
    ],
    properties: {
      id,
      submittedAt: dateTime,
      answers: { type: 'object', minProperties: 1 },
      domainScores: { type: 'object', required: [...domain.enum] },
    },
  }),
  priorityDecisions: list({
    type: 'object',
    required: [
      'id',
      'focusDomains',
      'order',
      'reasonCode',
      'decidedBy',
      'decidedAt',
    ],
    properties: { focusDomains: list(domain), decidedBy: person },
  }),
  sessionNotes: list({
    type: 'object',
    required: ['id', 'sessionDate', 'text', 'status', 'author', 'addenda'],
    properties: {
      id,
      status: { enum: ['draft', 'signed'] },
      addenda: list(
        object({
          id,
          text: { type: 'string' },
          author: person,
          createdAt: dateTime,
        }),
      ),
    },
  }),
  goals: list({
    type: 'object',
    required: ['id', 'domain', 'description', 'status'],
    properties: {
      domain,
      status: {
        enum: ['proposed', 'active', 'achieved', 'not_achieved', 'dropped'],
      },
    },
  }),
  appointments: list(
    object({
      id,
      practitioner: person,
      start: dateTime,
      end: dateTime,
      durationMinutes: { type: 'integer', minimum: 5, maximum: 480 },
      type: { enum: ['intake', 'coaching', 'follow_up', 'remote'] },
      location: { type: ['string', 'null'] },
      status: { enum: ['planned', 'done', 'cancelled', 'no_show'] },
      note: { type: ['string', 'null'] },
      createdAt: dateTime,
      updatedAt: dateTime,
    }),
  ),
  redFlagReviews: list({
    type: 'object',
    required: [
      'id',
      'assessmentId',
      'flag',
      'raisedAt',
      'acknowledgedAt',
      'action',
    ],
    properties: { acknowledgedBy: nullablePerson },
  }),
  portalMessages: list(
    object({
      id,
      sender: { enum: ['client', 'practitioner'] },
      practitioner: nullablePerson,
      sentAt: dateTime,
      readAt: nullableDateTime,
      text: { type: 'string' },
    }),
  ),
  // The client's own estimate, apart from the assessments: never scores.
  checkIns: object({
    kind: { const: 'self_reported_check_in' },
    validated: { const: false },
    weekly: list(
      object({
        id,
        week: { type: 'string', pattern: '^\\d{4}-W\\d{2}$' },
        status: { enum: ['draft', 'submitted'] },
        painNow: scale,
        domains: object({
          stress: scale,
          breathing: scale,
          movement: scale,
          nutrition: scale,
          sleep: scale,
          immune: scale,
        }),
        movementSafety: scale,
        homeworkDone: list(id),
        note: { type: ['string', 'null'] },
        redFlagsYes: list({ type: 'string' }),
        submittedAt: nullableDateTime,
        createdAt: dateTime,
        updatedAt: dateTime,
      }),
    ),
    daily: list(
      object({
        id,
        day: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        pain: { type: 'integer', minimum: 0, maximum: 10 },
        sleepHours: { type: 'number', minimum: 0, maximum: 14 },
        createdAt: dateTime,
        updatedAt: dateTime,
      }),
    ),
  }),
  // Assigned by the practitioner, ticked off by the client day by day.
  homework: list(
    object({
      id,
      exerciseId: { type: ['string', 'null'] },
      domain,
      title: { type: 'string' },
      instructions: { type: 'string' },
      frequency: { enum: ['daily', 'weekly'] },
      timesPerWeek: { type: ['integer', 'null'], minimum: 1, maximum: 7 },
      startsOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      endsOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      status: { enum: ['active', 'ended'] },
      endedOn: {
        type: ['string', 'null'],
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
      sessionNoteId: { anyOf: [id, { type: 'null' }] },
      assignedBy: person,
      createdAt: dateTime,
      updatedAt: dateTime,
      completions: list(
        object({
          id,
          on: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          note: { type: ['string', 'null'] },
          minutes: { type: ['integer', 'null'], minimum: 0, maximum: 1440 },
          createdAt: dateTime,
        }),
      ),
    }),
  ),
  reports: list(
    object({
      id,
      kind: { const: 'progress' },
      generatedAt: dateTime,
      generatedBy: person,
      options: { type: 'object', required: ['audience', 'language'] },
      fileName: { type: 'string', pattern: '\\.pdf$' },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      sizeBytes: { type: 'integer', minimum: 1 },
    }),
  ),
  accessLog: list(
    object({
      id,
      occurredAt: dateTime,
      event: { type: 'string' },
      action: { enum: ['C', 'R', 'U', 'D', 'E'] },
      user: nullablePerson,
      onBehalfOf: nullablePerson,
      role: { type: ['string', 'null'] },
      outcome: { type: 'string' },
      part: { type: 'string' },
      details: { type: ['object', 'null'] },
    }),
  ),
});
