import {
  EXPORT_PATHS,
  type ClientsExportQuery,
  type CsvSeparator,
  type Language,
} from '@herstelkompas/contracts';
import {
  type ClientListParams,
  DEFAULT_LIST_PARAMS,
  toListQuery,
} from '../clients/client-list-params';

/**
 * A Dutch spreadsheet reads semicolons (with a decimal comma), an English
 * one commas: the user's language is the best guess of which they open.
 */
export function separatorFor(language: Language): CsvSeparator {
  return language === 'en' ? 'comma' : 'semicolon';
}

/**
 * `/api/exports/clients.csv` with the client list's filters and order (no
 * paging: the file holds every matching client). Empty filters and the
 * default separator are left out.
 */
export function clientsCsvUrl(
  params: ClientListParams = DEFAULT_LIST_PARAMS,
  separator: CsvSeparator = 'semicolon',
): string {
  const { page: _page, pageSize: _pageSize, ...filters } = toListQuery(params);
  const query: ClientsExportQuery = {
    ...filters,
    separator: separator === 'semicolon' ? undefined : separator,
  };
  const text = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return text ? `${EXPORT_PATHS.clientsCsv}?${text}` : EXPORT_PATHS.clientsCsv;
}
