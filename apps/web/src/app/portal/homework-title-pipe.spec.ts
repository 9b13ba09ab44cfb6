import { TestBed } from '@angular/core/testing';
import { SLOW_BREATHING } from '@herstelkompas/domain';
import { I18n } from '../core/i18n/i18n';
import { HomeworkTitlePipe } from './homework-title-pipe';

describe('HomeworkTitlePipe', () => {
  beforeEach(() => localStorage.clear());

  const pipe = () =>
    TestBed.runInInjectionContext(() => new HomeworkTitlePipe());

  it('shows a library title in the language the portal is read in', async () => {
    const titled = pipe();
    expect(titled.transform(SLOW_BREATHING.title.nl)).toBe(
      SLOW_BREATHING.title.nl,
    );
    await TestBed.inject(I18n).use('en');
    expect(titled.transform(SLOW_BREATHING.title.nl)).toBe(
      SLOW_BREATHING.title.en,
    );
    await TestBed.inject(I18n).use('nl');
    expect(titled.transform(SLOW_BREATHING.title.en)).toBe(
      SLOW_BREATHING.title.nl,
    );
  });

  it("keeps the practitioner's own title as typed", async () => {
    await TestBed.inject(I18n).use('en');
    expect(pipe().transform('Elke avond de trap op')).toBe(
      'Elke avond de trap op',
    );
  });
});
