import {
  CLIENT_CSV_HEADER,
  type ClientCsvRow,
  clientsCsv,
} from './clients-csv';
import { csvCell, csvNumber } from './csv';

const ROW: ClientCsvRow = {
  client: {
    firstName: 'José',
    lastName: 'van der Berg',
    dateOfBirth: '1978-04-23',
    email: 'jose@example.nl',
    status: 'active',
    lastActivityAt: new Date('2026-11-13T23:30:00Z'),
    focusDomains: ['sleep', 'immune'],
    latestScores: { stress: 62.5, breathing: null, sleep: 70 },
    openRedFlagCount: 1,
  },
  practitionerName: 'Marloes de Wit',
};

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['a;b,c\nd', '"a;b,c\nd"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+31 6 1234', '"\'+31 6 1234"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\tcmd', '"\'\tcmd"'],
    ['\rcmd', '"\'\rcmd"'],
    [null, '""'],
    [undefined, '""'],
    [42, '"42"'],
  ])('quotes %p and neutralises formulas', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('csvNumber', () => {
  it.each([
    [62.5, 'semicolon', '62,5'],
    [62.5, 'comma', '62.5'],
    [70, 'semicolon', '70'],
    [null, 'semicolon', ''],
    [undefined, 'comma', ''],
  ] as const)('writes %p for %s as %p', (value, separator, expected) => {
    expect(csvNumber(value, separator)).toBe(expected);
  });
});

describe('clientsCsv', () => {
  it('starts with a BOM and Dutch headers, separated by semicolons', () => {
    const csv = clientsCsv([], 'semicolon');
    expect(
      csv.startsWith('\uFEFF"Naam";"Geboortedatum";"E-mail";"Status"'),
    ).toBe(true);
    expect(CLIENT_CSV_HEADER).toEqual([
      'Naam',
      'Geboortedatum',
      'E-mail',
      'Status',
      'Behandelaar',
      'Laatste activiteit',
      'Focusdomeinen',
      'Score stress',
      'Score ademhaling',
      'Score beweging',
      'Score voeding',
      'Score slaap',
      'Score immuunsysteem',
      'Open rode vlaggen',
    ]);
  });

  it('writes a client in Dutch: sort name, dd-mm-jjjj, status word, domain names, decimal comma', () => {
    const [, line] = clientsCsv([ROW], 'semicolon').split('\r\n');
    expect(line).toBe(
      [
        'Berg, José van der',
        '23-04-1978',
        'jose@example.nl',
        'Actief',
        'Marloes de Wit',
        '14-11-2026 00:30',
        'Slaap, Immuunsysteem',
        '62,5',
        '',
        '',
        '',
        '70',
        '',
        '1',
      ]
        .map((cell) => `"${cell}"`)
        .join(';'),
    );
  });

  it('uses commas and decimal points when asked', () => {
    const [, line] = clientsCsv([ROW], 'comma').split('\r\n');
    expect(line).toContain(
      '"Slaap, Immuunsysteem","62.5","","","","70","","1"',
    );
  });

  it('ends every line with CRLF', () => {
    const csv = clientsCsv([ROW, ROW], 'semicolon');
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
