import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '../core/forms/unsaved-changes-guard';
import { textKey } from '../core/i18n/translations';

/** The Prioriteiten tab of the client page (`/clienten/:id/prioriteiten`). */
export default [
  {
    path: '',
    title: textKey('clientPriority.title'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./priority-board/priority-board').then((m) => m.PriorityBoard),
  },
] satisfies Route[];
