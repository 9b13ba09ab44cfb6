import {
  formatAppointmentTime,
  renderAppointmentMail,
} from './appointment-templates';

const sender = {
  practiceName: 'Praktijk De Linde',
  practitionerName: 'Sanne de Vries',
  practitionerEmail: 'sanne@praktijk.nl',
};

describe('appointment mail words', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it.each([
    ['2026-12-08T13:30:00Z', 'nl', 'dinsdag 8 december om 14:30'],
    ['2026-12-08T13:30:00Z', 'en', 'Tuesday 8 December at 14:30'],
    // Summer time: 10:30 in Amsterdam is 08:30 UTC.
    ['2027-03-28T08:30:00Z', 'nl', 'zondag 28 maart 2027 om 10:30'],
    ['2027-10-31T09:30:00Z', 'en', 'Sunday 31 October 2027 at 10:30'],
  ] as const)('writes %s in %s as "%s"', (iso, language, expected) => {
    expect(formatAppointmentTime(new Date(iso), language, now)).toBe(expected);
  });

  it('names time, place and what to do, and signs with the practice', () => {
    const mail = renderAppointmentMail('appointment_confirmation', 'nl', {
      ...sender,
      recipientName: 'Anna',
      start: new Date('2026-12-08T13:30:00Z'),
      durationMinutes: 45,
      type: 'remote',
      typeLabel: 'Sessie op afstand',
      location: 'https://video.example/kamer',
    });
    expect(mail.text).toMatch(/^Hallo Anna,/);
    expect(mail.text).toContain('sessie op afstand met Sanne de Vries op');
    expect(mail.text).toContain('Duur: 45 minuten');
    expect(mail.text).toContain('Videolink: https://video.example/kamer');
    expect(mail.text).toContain('Kun je niet komen?');
    expect(mail.text).toMatch(
      /-- \nPraktijk De Linde\nSanne de Vries · sanne@praktijk.nl$/,
    );
    expect(mail.html).toContain('<strong>Videolink:</strong>');
    expect(mail.text).not.toContain('{{link}}');
  });

  it('escapes a place typed with markup in the HTML part', () => {
    const mail = renderAppointmentMail('appointment_reminder', 'en', {
      ...sender,
      recipientName: 'Ben',
      start: new Date('2026-12-08T13:30:00Z'),
      durationMinutes: 30,
      type: 'coaching',
      typeLabel: 'Coaching session',
      location: '<b>Room 2</b>',
    });
    expect(mail.subject).toMatch(
      /^Reminder: your appointment at Praktijk De Linde on Tuesday 8 December/,
    );
    expect(mail.html).toContain('&lt;b&gt;Room 2&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Room 2</b>');
  });
});
