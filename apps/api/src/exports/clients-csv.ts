import type { ClientStatus, CsvSeparator } from '@herstelkompas/contracts';
import {
  DOMAIN_IDS,
  DOMAINS,
  domainNameInText,
  formatDate,
  nameSortKey,
} from '@herstelkompas/domain';
import type { Client } from '../clients/client.entity';
import { amsterdamTime } from '../common/messages';
import { csvFile, csvNumber } from './csv';

const STATUS: Record<ClientStatus, string> = {
  intake_pending: 'Wacht op intake',
  active: 'Actief',
  paused: 'Gepauzeerd',
  completed: 'Afgerond',
  archived: 'Gearchiveerd',
};

export const CLIENT_CSV_HEADER: readonly string[] = [
  'Naam',
  'Geboortedatum',
  'E-mail',
  'Status',
  'Behandelaar',
  'Laatste activiteit',
  'Focusdomeinen',
  ...DOMAIN_IDS.map((d) => `Score ${domainNameInText(d).nl}`),
  'Open rode vlaggen',
];

/** One client and the name of their responsible practitioner. */
export interface ClientCsvRow {
  client: Pick<
    Client,
    | 'firstName'
    | 'lastName'
    | 'dateOfBirth'
    | 'email'
    | 'status'
    | 'lastActivityAt'
    | 'focusDomains'
    | 'latestScores'
    | 'openRedFlagCount'
  >;
  practitionerName: string;
}

function row(
  { client, practitionerName }: ClientCsvRow,
  separator: CsvSeparator,
): string[] {
  const activity = client.lastActivityAt;
  return [
    nameSortKey(client),
    formatDate(client.dateOfBirth),
    client.email,
    STATUS[client.status],
    practitionerName,
    `${formatDate(activity.toISOString())} ${amsterdamTime(activity)}`,
    client.focusDomains.map((d) => DOMAINS[d].name.nl).join(', '),
    ...DOMAIN_IDS.map((d) => csvNumber(client.latestScores?.[d], separator)),
    String(client.openRedFlagCount),
  ];
}

/** The client list as a spreadsheet: Dutch headers, dates and words. */
export function clientsCsv(
  rows: readonly ClientCsvRow[],
  separator: CsvSeparator,
): string {
  return csvFile(
    CLIENT_CSV_HEADER,
    rows.map((r) => row(r, separator)),
    separator,
  );
}
