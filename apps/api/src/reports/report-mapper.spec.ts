import { reportFileName } from './report-mapper';

describe('report file names', () => {
  it.each([
    ['client', 'nl', 'voortgang-jose-de-wit-10-04-2026.pdf'],
    ['referrer', 'nl', 'voortgangsverslag-jose-de-wit-10-04-2026.pdf'],
    ['client', 'en', 'progress-jose-de-wit-10-04-2026.pdf'],
    ['referrer', 'en', 'progress-report-jose-de-wit-10-04-2026.pdf'],
  ] as const)('names a %s report in %s', (audience, language, name) => {
    expect(
      reportFileName(audience, language, 'José de Wit', '2026-04-10'),
    ).toBe(name);
  });
});
