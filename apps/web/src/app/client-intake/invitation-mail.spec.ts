import { invitationMail, mailtoLink } from './invitation-mail';

describe('invitation mail', () => {
  const input = {
    variant: 'baseline' as const,
    clientFirstName: 'Jan',
    practitionerName: 'Sanne de Vries',
    practiceName: 'Praktijk Veerkracht',
    url: 'https://praktijk.nl/intake/abc',
    expiresOn: '09-12-2026',
  };

  it('invites in warm Dutch with the link, the time it takes, the expiry and the birth-date check', () => {
    const { subject, body } = invitationMail('nl', input);
    expect(subject).toBe('Je vragenlijst voor Praktijk Veerkracht');
    expect(body).toMatch(/^Hoi Jan,/);
    expect(body).toContain('10 tot 15 minuten');
    expect(body).toContain('https://praktijk.nl/intake/abc');
    expect(body).toContain('tot 09-12-2026');
    expect(body).toContain('geboortedatum');
    expect(body).not.toMatch(/\b(u|uw)\b/);
  });

  it('writes in English for a client who prefers it, and names a follow-up', () => {
    const { subject, body } = invitationMail('en', {
      ...input,
      variant: 'follow_up',
    });
    expect(subject).toBe(
      'Your follow-up questionnaire for Praktijk Veerkracht',
    );
    expect(body).toContain('date of birth');
    expect(body).toContain('what has changed');
  });

  it('builds a mailto link with everything encoded', () => {
    const link = mailtoLink('jan@example.nl', {
      subject: 'Hoi & zo',
      body: 'a\nb',
    });
    expect(link).toBe(
      'mailto:jan@example.nl?subject=Hoi%20%26%20zo&body=a%0Ab',
    );
  });
});
