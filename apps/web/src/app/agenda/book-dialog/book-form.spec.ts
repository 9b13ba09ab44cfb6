import { type BookForm, toBookRequest } from './book-form';

const form: BookForm = {
  clientId: 'c-1',
  practitionerId: 'p-1',
  date: '28-03-2027',
  time: '9.30',
  durationMinutes: '45',
  type: 'intake',
  location: '  Praktijk  ',
  note: '',
};

describe('toBookRequest', () => {
  it('sends the start as a wall-clock time for the API to read in Amsterdam', () => {
    expect(toBookRequest(form, 'p-1')).toEqual({
      ok: true,
      request: {
        clientId: 'c-1',
        start: '2027-03-28T09:30',
        durationMinutes: 45,
        type: 'intake',
        location: 'Praktijk',
        note: null,
      },
    });
  });

  it('names another practitioner only when one is chosen', () => {
    const check = toBookRequest({ ...form, practitionerId: 'p-2' }, 'p-1');
    expect(check.ok && check.request.practitionerId).toBe('p-2');
  });

  it.each([
    [{ clientId: '' }, 'client'],
    [{ date: '31-02-2027' }, 'date'],
    [{ time: '25:00' }, 'time'],
    [{ durationMinutes: '4' }, 'durationMinutes'],
    [{ durationMinutes: '481' }, 'durationMinutes'],
    [{ durationMinutes: '1e2' }, 'durationMinutes'],
  ])('refuses %p on the %s field', (patch, field) => {
    const check = toBookRequest({ ...form, ...patch }, 'p-1');
    expect(check.ok).toBe(false);
    expect(!check.ok && Object.keys(check.errors)).toEqual([field]);
  });
});
