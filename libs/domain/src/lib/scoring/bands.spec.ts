import { BAND_LABELS, bandFor } from './bands';

describe('bandFor', () => {
  it.each([
    [null, null],
    [0, 'low'],
    [29.9, 'low'],
    [30, 'moderate'],
    [59.9, 'moderate'],
    [60, 'high'],
    [100, 'high'],
  ])('puts %p in band %p', (score, band) => {
    expect(bandFor(score)).toBe(band);
  });

  it('names every band in words, as "verstoord" rather than a grade', () => {
    expect(BAND_LABELS.moderate).toEqual({
      nl: 'matig verstoord',
      en: 'moderate disturbance',
    });
  });
});
