import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { BACKUP_USAGE, backupCommand, restoreCommand } from './cli/backup';
import { IMPORT_CLIENT_USAGE, importClientCommand } from './cli/import-client';
import { IMPORT_USAGE, importCommand } from './cli/import-practice';
import { VERIFY_AUDIT_USAGE, verifyAuditCommand } from './cli/verify-audit';
import { withCliDatabase } from './cli/with-database';
import { isAcceptablePassword } from './auth/password-strength';
import { ConfigError } from './config/config';
import {
  AddPractitionerError,
  addPractitioner,
} from './practices/add-practitioner';

const USAGE = `Herstelkompas command line

  npm run cli -- add-practitioner --email <email> --name "<full name>"
                 [--role owner|practitioner] [--language nl|en]
                 [--practice-id <uuid> | --practice-name "<new practice>"]
                 [--password <password>]

    Adds a practitioner. The first owner of a new installation creates the
    practice with --practice-name. Without --password a strong one is made
    and printed once.

${IMPORT_USAGE}

${IMPORT_CLIENT_USAGE}

${BACKUP_USAGE}

${VERIFY_AUDIT_USAGE}

It uses DATABASE_URL, or the embedded database under DATA_DIR (also while
\`npm start\` is running).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'add-practitioner') return addPractitionerCommand(rest);
  if (command === 'import') return importCommand(rest, withDatabase);
  if (command === 'import-client')
    return importClientCommand(rest, withDatabase);
  if (command === 'backup') return backupCommand(rest);
  if (command === 'restore') return restoreCommand(rest);
  if (command === 'verify-audit') return verifyAuditCommand();
  console.log(USAGE);
  return command && command !== 'help' && command !== '--help' ? 2 : 0;
}

async function addPractitionerCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'practitioner' },
      language: { type: 'string', default: 'nl' },
      'practice-id': { type: 'string' },
      'practice-name': { type: 'string' },
      password: { type: 'string' },
    },
  });
  if (!values.email || !values.name) {
    console.error('add-practitioner needs --email and --name.\n');
    console.log(USAGE);
    return 2;
  }
  if (values.role !== 'owner' && values.role !== 'practitioner') {
    console.error('--role is owner or practitioner.');
    return 2;
  }
  if (values.language !== 'nl' && values.language !== 'en') {
    console.error('--language is nl or en.');
    return 2;
  }
  // The same rule as the set-password and change-password routes.
  if (values.password !== undefined && !isAcceptablePassword(values.password)) {
    console.error(
      '--password is too short or too easy to guess: use 12 or more characters, for example a phrase of a few unrelated words (or leave it out to get a strong one).',
    );
    return 2;
  }
  const password = values.password ?? randomBytes(12).toString('base64url');
  return withDatabase(async (dataSource) => {
    const p = await addPractitioner(dataSource, {
      email: values.email as string,
      displayName: values.name as string,
      role: values.role as 'owner' | 'practitioner',
      language: values.language as 'nl' | 'en',
      practiceId: values['practice-id'],
      practiceName: values['practice-name'],
      password,
    });
    console.log(`Added ${p.email} (${p.role}) to practice ${p.practiceId}.`);
    if (!values.password) console.log(`Password (shown once): ${password}`);
    return 0;
  });
}

/** The command's database (see cli/with-database.ts), as a DataSource. */
function withDatabase(
  work: (dataSource: DataSource) => Promise<number>,
): Promise<number> {
  return withCliDatabase(({ dataSource }) => work(dataSource));
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const known =
      error instanceof AddPractitionerError || error instanceof ConfigError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
