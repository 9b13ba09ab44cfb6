import { inputProblems } from './validation';
import { undeclaredInput } from './undeclared-input';
import { isRefusedData } from './exception-filter';
import { decimalInteger } from './validators';

describe('inputProblems', () => {
  it.each([
    ['scans', []],
    ['5a40a7ba-9246-4be9-94c7-e46169f94b87', []],
    ['no-such-lesson', [{ field: 'lessonId', code: 'invalid_id' }]],
  ])(
    'a lesson id is one of our six or a practice lesson uuid: %s',
    (value, problems) => {
      expect(inputProblems(value, { type: 'param', data: 'lessonId' })).toEqual(
        problems,
      );
    },
  );

  const body = { type: 'body' as const, data: undefined };

  it.each([
    ['abc'],
    ["' OR 1=1 --"],
    ['00000000-0000-0000-0000-00000000000g'],
    ['a\u0000b'],
  ])('refuses the route id %j', (id) => {
    expect(inputProblems(id, { type: 'param', data: 'id' })).toEqual([
      { field: 'id', code: 'invalid_id' },
    ]);
  });

  it('accepts a uuid as route id and a link token of 43 base64url characters', () => {
    expect(
      inputProblems('5a40a7ba-9246-4be9-94c7-e46169f94b87', {
        type: 'param',
        data: 'id',
      }),
    ).toEqual([]);
    expect(
      inputProblems('BXHQVvUvzeLbCeOFXI2pifbYSTRW6r_Zvgoy5Guw0eI', {
        type: 'param',
        data: 'token',
      }),
    ).toEqual([]);
    expect(
      inputProblems('short', { type: 'param', data: 'token' }),
    ).toHaveLength(1);
  });

  it('finds NUL characters in nested values and keys', () => {
    expect(
      inputProblems({ a: { b: ['ok', 'x\u0000'] }, ['k\u0000']: 1 }, body),
    ).toEqual([
      { field: 'a.b.1', code: 'invalid_characters' },
      { field: 'body', code: 'invalid_characters' },
    ]);
  });

  it('refuses keys that reach a prototype', () => {
    const value = JSON.parse('{"a":{"__proto__":{"x":1}},"constructor":"d"}');
    expect(inputProblems(value, body)).toEqual([
      { field: 'a.__proto__', code: 'unknown_field' },
      { field: 'constructor', code: 'unknown_field' },
    ]);
  });

  it('leaves ordinary input alone', () => {
    expect(
      inputProblems({ name: 'Zoë שלום 👩🏽‍⚕️', tags: ['a'], n: 1 }, body),
    ).toEqual([]);
  });
});

describe('undeclaredInput', () => {
  it('refuses a query or body the route does not read', () => {
    expect(
      undeclaredInput(
        { query: { debug: '1' }, body: [1] },
        { body: false, query: false },
      ),
    ).toEqual([
      { field: 'debug', code: 'unknown_field' },
      { field: 'body', code: 'unknown_field' },
    ]);
  });

  it('accepts an empty body and what the route declares', () => {
    expect(
      undeclaredInput({ query: {}, body: {} }, { body: false, query: false }),
    ).toEqual([]);
    expect(
      undeclaredInput(
        { query: { page: '1' }, body: { a: 1 } },
        { body: true, query: true },
      ),
    ).toEqual([]);
  });
});

describe('isRefusedData', () => {
  it.each([
    ['22P02', true],
    ['22003', true],
    ['22021', true],
    ['23505', false],
    ['57P01', false],
  ])('SQLSTATE %s is refused data: %s', (code, expected) => {
    expect(isRefusedData({ code })).toBe(expected);
  });
});

describe('decimalInteger', () => {
  it.each([
    ['16', 16],
    ['-1', -1],
    ['0x10', '0x10'],
    ['1e3', '1e3'],
    [' 5', ' 5'],
    ['1.5', '1.5'],
    ['99999999999999999999', '99999999999999999999'],
  ])('reads %j as %j', (value, expected) => {
    expect(decimalInteger({ value })).toBe(expected);
  });
});
