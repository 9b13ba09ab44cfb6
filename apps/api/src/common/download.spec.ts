import { attachment, fileSlug } from './download';

describe('downloads', () => {
  it.each([
    ['José van der Berg', 'jose-van-der-berg'],
    ["Ria 't Hart-Øberg", 'ria-t-hart-oberg'],
    ['   ', 'bestand'],
  ])('makes a file-system safe slug of %p', (text, slug) => {
    expect(fileSlug(text)).toBe(slug);
  });

  it('names the file in plain ASCII and exactly in UTF-8', () => {
    expect(attachment('cliënten-13-11-2026.csv')).toBe(
      `attachment; filename="clienten-13-11-2026.csv"; filename*=UTF-8''cli%C3%ABnten-13-11-2026.csv`,
    );
    expect(attachment('a"b\\c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
  });
});
