import { foldText } from './fold-text';

describe('text folding', () => {
  it.each([
    ['José', 'jose'],
    ['Müller-Öztürk', 'muller-ozturk'],
    ['Yılmaz', 'yilmaz'],
    ['Søren Ærø', 'soren aero'],
    ['Aïcha', 'aicha'],
    ['  Straße ', 'strasse'],
  ])('folds %p to %p', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});
