import {
  ADDENDUM_LABEL,
  RED_FLAG_FOLLOW_UP,
  reportTexts,
} from './report-texts';

describe('report texts', () => {
  it('greets the GP by name, or as a colleague', () => {
    const nl = reportTexts('referrer', 'nl');
    const en = reportTexts('referrer', 'en');
    expect(nl.greeting('Dr. A. Smit')).toBe('Geachte Dr. A. Smit,');
    expect(nl.greeting(null)).toBe('Geachte collega,');
    expect(en.greeting('Dr. A. Smit')).toBe('Dear Dr. A. Smit,');
    expect(en.greeting(null)).toBe('Dear colleague,');
  });

  it('announces a question to the GP only when the letter has one', () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = reportTexts('referrer', language);
      expect(texts.letterIntro(true)).toMatch(/vraag|question/);
      expect(texts.letterIntro(false)).not.toMatch(/vraag|question/);
    }
  });

  it.each([
    ['client', 'nl', 'Je kompas in één oogopslag', '42 jaar'],
    ['client', 'en', 'Your compass at a glance', '42 years'],
    ['referrer', 'nl', 'Domeinprofiel', '42 jaar'],
    ['referrer', 'en', 'Domain profile', '42 years'],
  ] as const)('speaks to the %s in %s', (audience, language, radar, age) => {
    const texts = reportTexts(audience, language);
    expect(texts.radar).toBe(radar);
    expect(texts.age(42)).toBe(age);
  });

  it.each([
    [
      'nl',
      'Vertrouwelijk · Gemaakt op 25-11-2026 · Pagina 1 van 3',
      'Vertrouwelijk · Gemaakt op 25-11-2026',
    ],
    [
      'en',
      'Confidential · Made on 25-11-2026 · Page 1 of 3',
      'Confidential · Made on 25-11-2026',
    ],
  ] as const)(
    'numbers pages in the %s footer only when asked',
    (language, paged, plain) => {
      const texts = reportTexts('client', language);
      expect(texts.footer('25-11-2026', 1, 3)).toBe(paged);
      expect(texts.footer('25-11-2026')).toBe(plain);
    },
  );

  it('names every follow-up and the addendum in both languages', () => {
    expect(RED_FLAG_FOLLOW_UP.gp_called).toEqual({
      nl: 'Huisarts gebeld',
      en: 'GP called',
    });
    expect(Object.keys(RED_FLAG_FOLLOW_UP)).toHaveLength(5);
    expect(ADDENDUM_LABEL).toEqual({ nl: 'Aanvulling', en: 'Addendum' });
  });
});
