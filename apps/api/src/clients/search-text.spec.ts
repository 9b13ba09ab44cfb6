import { searchTextFor, sortNameFor } from './search-text';

describe('search text', () => {
  it('combines names and email', () => {
    expect(
      searchTextFor({
        firstName: 'Fatima',
        lastName: 'El Amrani',
        email: 'F.Amrani@Example.nl',
      }),
    ).toBe('fatima el amrani f.amrani@example.nl');
  });

  it('sorts on the surname without tussenvoegsel', () => {
    expect(sortNameFor({ firstName: 'Jan', lastName: 'van der Berg' })).toBe(
      'berg, jan van der',
    );
    expect(sortNameFor({ firstName: 'Sophie', lastName: "in 't Veld" })).toBe(
      "veld, sophie in 't",
    );
  });
});
