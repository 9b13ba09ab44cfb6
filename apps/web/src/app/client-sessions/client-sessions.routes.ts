import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '../core/forms/unsaved-changes-guard';
import { textKey } from '../core/i18n/translations';

/** The Sessies tab of the client page (`/clienten/:id/sessies`). */
export default [
  {
    path: '',
    title: textKey('clientSessions.title'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./session-list/session-list').then((m) => m.SessionList),
  },
] satisfies Route[];
