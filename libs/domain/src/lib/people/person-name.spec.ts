import {
  comparePersonNames,
  formatPersonName,
  nameSortKey,
  splitLastName,
} from './person-name';

describe('formatPersonName', () => {
  it.each([
    ['Jan', 'van der Berg', 'Jan van der Berg'],
    ['Jan', 'Van der Berg', 'Jan Van der Berg'],
    ['  Anna  Maria ', ' de  Vries ', 'Anna Maria de Vries'],
    ['', 'Bakker', 'Bakker'],
    ['Sanne', '', 'Sanne'],
  ])(
    'shows %p %p as %p, tussenvoegsel as typed',
    (firstName, lastName, expected) => {
      expect(formatPersonName({ firstName, lastName })).toBe(expected);
    },
  );
});

describe('nameSortKey', () => {
  it.each([
    ['Jan', 'van der Berg', 'Berg, Jan van der'],
    ['Jan', 'Van Der Berg', 'Berg, Jan Van Der'],
    ['Piet', 'de Vries', 'Vries, Piet de'],
    ['Kees', 'van den Heuvel', 'Heuvel, Kees van den'],
    ['Els', 'van de Kamp', 'Kamp, Els van de'],
    ['Tom', 'ter Horst', 'Horst, Tom ter'],
    ['Lot', 'ten Cate', 'Cate, Lot ten'],
    ['Ria', 'te Riele', 'Riele, Ria te'],
    ['Bas', "in 't Veld", "Veld, Bas in 't"],
    ['Bas', 'in ’t Veld', 'Veld, Bas in ’t'],
    ['Ans', "'t Hart", "Hart, Ans 't"],
    ['Gert', 'op de Beek', 'Beek, Gert op de'],
    ['Mila', 'van der Berg-de Vries', 'Berg-de Vries, Mila van der'],
    ['Sven', 'Jansen', 'Jansen, Sven'],
    ['Sven', 'De', 'De, Sven'],
    ['', 'van Dijk', 'Dijk, van'],
    ['Noor', '', 'Noor'],
  ])('sorts %p %p as %p', (firstName, lastName, expected) => {
    expect(nameSortKey({ firstName, lastName })).toBe(expected);
  });

  it('splits a surname from its tussenvoegsel', () => {
    expect(splitLastName('van der Berg')).toEqual({
      tussenvoegsel: 'van der',
      surname: 'Berg',
    });
    expect(splitLastName('')).toEqual({ tussenvoegsel: '', surname: '' });
  });

  it('orders names as a Dutch list does', () => {
    const names = [
      { firstName: 'Piet', lastName: 'de Vries' },
      { firstName: 'Jan', lastName: 'van der Berg' },
      { firstName: 'Anna', lastName: 'Bakker' },
      { firstName: 'Karel', lastName: 'van Dam' },
    ];
    expect([...names].sort(comparePersonNames).map(formatPersonName)).toEqual([
      'Anna Bakker',
      'Jan van der Berg',
      'Karel van Dam',
      'Piet de Vries',
    ]);
  });
});
