import { DOMAIN_IDS, isDomainId } from './domain-ids';
import { DOMAINS, DOMAIN_LIST, domainNameInText } from './domains';

describe('the six domains', () => {
  it('has stable ids in canonical order', () => {
    expect(DOMAIN_IDS).toEqual([
      'stress',
      'breathing',
      'movement',
      'nutrition',
      'sleep',
      'immune',
    ]);
    expect(DOMAIN_LIST.map((d) => d.id)).toEqual([...DOMAIN_IDS]);
    expect(Object.keys(DOMAINS)).toEqual([...DOMAIN_IDS]);
  });

  it.each([
    ['stress', 'Stress', 'Stress', '#E69F00'],
    ['breathing', 'Ademhaling', 'Breathing', '#56B4E9'],
    ['movement', 'Beweging', 'Movement', '#009E73'],
    ['nutrition', 'Voeding', 'Nutrition', '#B39B00'],
    ['sleep', 'Slaap', 'Sleep', '#0072B2'],
    ['immune', 'Immuunsysteem', 'Immune system', '#CC79A7'],
  ] as const)('names %s "%s" / "%s" in Okabe-Ito %s', (id, nl, en, colour) => {
    expect(DOMAINS[id]).toMatchObject({ id, name: { nl, en }, colour });
  });

  it('explains each domain warmly, in Dutch with "je", and gives it an icon', () => {
    for (const domain of DOMAIN_LIST) {
      expect(domain.explanation.nl).toMatch(/\bje\b/);
      expect(domain.explanation.nl).not.toMatch(/\b(u|uw)\b/);
      expect(domain.explanation.en.length).toBeGreaterThan(40);
      expect(domain.icon).toMatch(/^[a-z_]+$/);
    }
    expect(new Set(DOMAIN_LIST.map((d) => d.icon)).size).toBe(6);
  });

  it('gives a lower-case name for running text', () => {
    expect(domainNameInText('immune')).toEqual({
      nl: 'immuunsysteem',
      en: 'immune system',
    });
  });

  it.each([
    ['sleep', true],
    ['pain', false],
    [3, false],
  ])('recognises %p as a domain id: %p', (value, expected) => {
    expect(isDomainId(value)).toBe(expected);
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(DOMAINS.sleep.name)).toBe(true);
  });
});
