import { DEFAULT_LIST_PARAMS } from '../clients/client-list-params';
import { clientsCsvUrl, separatorFor } from './export-urls';

describe('clientsCsvUrl', () => {
  it('exports the whole list in the default order without filters', () => {
    expect(clientsCsvUrl()).toBe('/api/exports/clients.csv?sort=name');
  });

  it("carries the list's filters and order, but not its page", () => {
    const url = clientsCsvUrl({
      ...DEFAULT_LIST_PARAMS,
      search: 'van der',
      status: 'active',
      practitionerId: 'p-2',
      focusDomain: 'sleep',
      tag: 'rug & nek',
      sort: '-lastActivity',
      page: 3,
      pageSize: 50,
    });
    expect(url).toBe(
      '/api/exports/clients.csv?search=van%20der&status=active&practitionerId=p-2&focusDomain=sleep&tag=rug%20%26%20nek&sort=-lastActivity',
    );
    expect(url).not.toMatch(/page/i);
  });

  it('adds the separator only when it is not the default semicolon', () => {
    expect(clientsCsvUrl(DEFAULT_LIST_PARAMS, 'comma')).toBe(
      '/api/exports/clients.csv?sort=name&separator=comma',
    );
    expect(clientsCsvUrl(DEFAULT_LIST_PARAMS, 'semicolon')).not.toContain(
      'separator',
    );
  });
});

describe('separatorFor', () => {
  it('picks semicolons for Dutch spreadsheets and commas for English ones', () => {
    expect(separatorFor('nl')).toBe('semicolon');
    expect(separatorFor('en')).toBe('comma');
  });
});
