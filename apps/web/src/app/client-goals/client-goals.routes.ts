import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';

/** The Doelen tab of the client page (`/clienten/:id/doelen`). */
export default [
  {
    path: '',
    title: textKey('clientGoals.title'),
    loadComponent: () =>
      import('./goal-list/goal-list').then((m) => m.GoalList),
  },
] satisfies Route[];
