import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';

/** The Tijdlijn tab of the client page (`/clienten/:id/tijdlijn`). */
export default [
  {
    path: '',
    title: textKey('clientTimeline.title'),
    loadComponent: () =>
      import('./client-timeline/client-timeline').then((m) => m.ClientTimeline),
  },
] satisfies Route[];
