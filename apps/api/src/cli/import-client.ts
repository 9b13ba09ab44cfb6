import { readFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import {
  ClientImportError,
  importClientExport,
} from '../exports/client-import';

export const IMPORT_CLIENT_USAGE = `  npm run cli -- import-client <client-export.zip> --practice-id <uuid>
                 --practitioner-id <uuid>

    Reads one client's export (Cliënt > Exporteren, or
    GET /api/clients/:id/export) into a practice of this installation: the
    client, assessments with their answers, priority decisions, signed and
    draft notes with addenda, goals, appointments and red flags. The practitioner becomes
    responsible for the client and stands in for the old practice's people.
    Scores are recomputed from the answers and must equal the exported
    ones; fhir-bundle.json must match record.json. Refused, storing
    nothing, on any mismatch, an unknown instrument version, or a client
    with the same name and date of birth already in the practice.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `cli import-client`: prints what was imported, or one line saying why not. */
export async function importClientCommand(
  args: string[],
  withDatabase: (work: (ds: DataSource) => Promise<number>) => Promise<number>,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'practice-id': { type: 'string' },
      'practitioner-id': { type: 'string' },
    },
  });
  const [file] = positionals;
  const practiceId = values['practice-id'];
  const practitionerId = values['practitioner-id'];
  if (!file || positionals.length > 1 || !practiceId || !practitionerId) {
    console.error(
      'import-client needs one export ZIP, --practice-id and --practitioner-id.\n',
    );
    console.log(IMPORT_CLIENT_USAGE);
    return 2;
  }
  if (!UUID.test(practiceId) || !UUID.test(practitionerId)) {
    console.error('--practice-id and --practitioner-id are UUIDs.');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`${file} does not exist.`);
    return 2;
  }
  return withDatabase(async (dataSource) => {
    try {
      const result = await importClientExport(dataSource, readFileSync(file), {
        practiceId,
        practitionerId,
      });
      const c = result.counts;
      console.log(
        `Imported client ${result.clientId} into practice "${result.practice.name}": ` +
          `${c.assessments} assessments, ${c.priorityDecisions} priority decisions, ` +
          `${c.sessionNotes} session notes with ${c.addenda} addenda, ${c.goals} goals, ${c.appointments} appointments, ${c.redFlags} red flags.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ClientImportError)) throw error;
      console.error(`Import refused: ${error.message} Nothing was stored.`);
      return 1;
    }
  });
}
