import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';

export default [
  { path: '', pathMatch: 'full', redirectTo: 'beveiliging' },
  {
    path: 'beveiliging',
    title: textKey('security.title'),
    loadComponent: () =>
      import('../security/security-page/security-page').then(
        (m) => m.SecurityPage,
      ),
  },
] satisfies Route[];
