import type { clientPortalNl } from './client-portal-nl';

/** English texts of the "Portal" block on the client page and the Today card. */
export const clientPortalEn: typeof clientPortalNl = {
  title: 'Portal',
  loadError: "This client's portal could not be loaded.",
  status: {
    none: 'Not invited to the portal yet',
    invited: 'Invited on {date}, never signed in',
    active: 'Active in the portal',
  },
  lastVisit: 'Last visit: {date} at {time}',
  lessons: '{read} of {total} lessons read',
  lessonsNone: 'No lessons read yet',
  readOn: 'read on {date}',
  unread: {
    none: 'No unread messages',
    one: '1 unread message',
    many: '{count} unread messages',
  },
  openMessages: 'Open messages',
  messagingOff: 'Messages are turned off for the practice.',
  home: {
    title: 'New messages',
    empty: 'No new messages from clients.',
    loadError: 'The new messages could not be loaded.',
    count: {
      one: '1 new message',
      many: '{count} new messages',
    },
    latest: 'latest {date} {time}',
  },
};
