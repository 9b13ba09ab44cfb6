/** Texts of the Berichten tab on the client page. */
export const clientMessagesNl = {
  title: 'Berichten',
  intro:
    'Berichten met de cliënt via de persoonlijke pagina. De cliënt krijgt een e-mail dat er een bericht is, zonder de inhoud.',
  empty: 'Nog geen berichten.',
  client: 'Cliënt',
  read: 'Gelezen',
  unread: 'Nog niet gelezen',
  unreadCount: '({count} nieuw)',
  label: 'Bericht aan de cliënt',
  send: 'Versturen',
  busy: 'Versturen…',
  sent: 'Bericht verstuurd.',
  off: 'Berichten staan uit voor deze praktijk (Mail-instellingen). Je leest eerdere berichten nog wel.',
};

export const clientMessagesEn: typeof clientMessagesNl = {
  title: 'Messages',
  intro:
    'Messages with the client through their personal page. The client gets an email that there is a message, without its content.',
  empty: 'No messages yet.',
  client: 'Client',
  read: 'Read',
  unread: 'Not read yet',
  unreadCount: '({count} new)',
  label: 'Message to the client',
  send: 'Send',
  busy: 'Sending…',
  sent: 'Message sent.',
  off: 'Messages are turned off for this practice (mail settings). You can still read earlier messages.',
};
