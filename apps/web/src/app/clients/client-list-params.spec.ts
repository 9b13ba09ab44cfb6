import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_LIST_PARAMS,
  hasFilters,
  paramsFromQuery,
  queryFromParams,
  toListQuery,
} from './client-list-params';

describe('client list params', () => {
  it('reads a bookmarked URL', () => {
    const params = paramsFromQuery(
      convertToParamMap({
        search: ' berg ',
        status: 'paused',
        focusDomain: 'sleep',
        tag: 'rug',
        sort: '-lastActivity',
        page: '3',
        pageSize: '50',
      }),
    );
    expect(params).toEqual({
      ...DEFAULT_LIST_PARAMS,
      search: 'berg',
      status: 'paused',
      focusDomain: 'sleep',
      tag: 'rug',
      sort: '-lastActivity',
      page: 3,
      pageSize: 50,
    });
    expect(hasFilters(params)).toBe(true);
  });

  it('falls back to the defaults for values the API would refuse', () => {
    const params = paramsFromQuery(
      convertToParamMap({
        status: 'weg',
        focusDomain: 'pain',
        sort: 'age',
        page: '0',
        pageSize: '500',
      }),
    );
    expect(params).toEqual(DEFAULT_LIST_PARAMS);
    expect(hasFilters(params)).toBe(false);
  });

  it('leaves defaults out of the URL', () => {
    expect(queryFromParams(DEFAULT_LIST_PARAMS)).toEqual({});
    expect(
      queryFromParams({ ...DEFAULT_LIST_PARAMS, search: 'van', page: 2 }),
    ).toEqual({ search: 'van', page: '2' });
  });

  it('asks the API only for what is set', () => {
    expect(toListQuery(DEFAULT_LIST_PARAMS)).toEqual({
      search: undefined,
      status: undefined,
      practitionerId: undefined,
      focusDomain: undefined,
      tag: undefined,
      sort: 'name',
      page: 1,
      pageSize: 25,
    });
  });
});
