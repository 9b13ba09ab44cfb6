import type { PracticeProfile } from '@herstelkompas/contracts';
import { fillForm, practiceForm, problemOf, toRequest } from './practice-form';

const PROFILE: PracticeProfile = {
  name: 'Praktijk De Linde',
  address: { street: 'Lindelaan 4', postalCode: '3511 AB', city: 'Utrecht' },
  phone: '030 123 45 67',
  email: 'info@delinde.nl',
  website: 'https://delinde.nl',
  kvk: '12345678',
  agb: null,
  reportClosing: null,
  privacyStatementUrl: null,
  logo: null,
};

describe('practice form', () => {
  it.each([
    ['address.postalCode', '1234ab', null],
    ['address.postalCode', '1234 AB', null],
    ['address.postalCode', '123 AB', 'practice.errors.postalCode'],
    ['address.postalCode', '0123 AB', 'practice.errors.postalCode'],
    ['phone', '06-12345678', null],
    ['phone', '+31 (0)30 123 45 67', null],
    ['phone', '06-1234', 'practice.errors.phone'],
    ['phone', '030 123 45 67 ext', 'practice.errors.phone'],
    ['website', 'delinde.nl', null],
    ['website', 'https://delinde.nl/over', null],
    ['website', 'http://delinde.nl', 'practice.errors.website'],
    ['website', 'delinde', 'practice.errors.website'],
    ['kvk', '1234 5678', null],
    ['kvk', '1234567', 'practice.errors.kvk'],
    ['agb', '', null],
    ['agb', '1234567a', 'practice.errors.agb'],
    ['email', 'info@delinde', 'practice.errors.email'],
    ['name', '', 'practice.errors.required'],
  ])('%s "%s" -> %s', (field, value, expected) => {
    const form = practiceForm();
    fillForm(form, PROFILE);
    form.get(field)?.setValue(value);
    const problem = problemOf(form.get(field)?.errors ?? null);
    expect(problem && 'key' in problem ? problem.key : problem).toBe(expected);
  });

  it('sends empty fields as null and trims the rest', () => {
    const form = practiceForm();
    fillForm(form, PROFILE);
    form.controls.phone.setValue('   ');
    form.controls.reportClosing.setValue('  Tot ziens  ');
    expect(toRequest(form)).toEqual({
      ...PROFILE,
      phone: null,
      reportClosing: 'Tot ziens',
      logo: undefined,
    } as unknown);
  });

  it("shows the API's own message for a field as it came", () => {
    expect(problemOf({ server: 'Een KvK-nummer heeft 8 cijfers.' })).toEqual({
      server: 'Een KvK-nummer heeft 8 cijfers.',
    });
    expect(problemOf({ maxlength: { requiredLength: 2000 } })).toEqual({
      key: 'errors.tooLong',
      params: { max: 2000 },
    });
  });
});
