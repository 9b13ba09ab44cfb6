import { undeclaredInput } from './undeclared-input';

describe('undeclaredInput', () => {
  const none = { body: false, query: false };

  it('lets a request without content through, and an empty object', () => {
    expect(undeclaredInput({ body: undefined, query: {} }, none)).toEqual([]);
    expect(undeclaredInput({ body: {}, query: {} }, none)).toEqual([]);
  });

  it('refuses a body or a query the route does not take, JSON null included', () => {
    expect(undeclaredInput({ body: null, query: {} }, none)).toEqual([
      { field: 'body', code: 'unknown_field' },
    ]);
    expect(
      undeclaredInput({ body: { a: 1 }, query: { b: '2' } }, none),
    ).toEqual([
      { field: 'b', code: 'unknown_field' },
      { field: 'body', code: 'unknown_field' },
    ]);
  });
});
