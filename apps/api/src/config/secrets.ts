import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './config';

interface StoredSecrets {
  sessionSecret: string;
  databasePassword: string;
}

/**
 * In embedded mode secrets are generated once and kept under DATA_DIR, so a
 * restart keeps sessions valid and nobody has to invent a secret to try the
 * product. With DATABASE_URL the operator must supply them (loadConfig checks).
 */
export function resolveEmbeddedSecrets(config: AppConfig): StoredSecrets {
  const file = join(config.dataDir, 'secrets.json');
  let stored: StoredSecrets | undefined;
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    stored = {
      sessionSecret: randomBytes(32).toString('hex'),
      databasePassword: randomBytes(18).toString('base64url'),
    };
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    sessionSecret: config.sessionSecret ?? stored.sessionSecret,
    databasePassword: stored.databasePassword,
  };
}
