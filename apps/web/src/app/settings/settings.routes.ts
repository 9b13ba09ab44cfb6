import type { Route } from '@angular/router';
import { ownerGuard } from '../core/auth/owner-guard';
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
  {
    path: 'praktijk',
    title: textKey('practice.title'),
    loadComponent: () =>
      import('../practice-profile/practice-page/practice-page').then(
        (m) => m.PracticePage,
      ),
  },
  {
    path: 'portaal',
    title: textKey('portalSettings.title'),
    loadComponent: () =>
      import('../portal-settings/portal-settings-page/portal-settings-page').then(
        (m) => m.PortalSettingsPage,
      ),
  },
  {
    path: 'e-mail',
    title: textKey('mail.title'),
    canActivate: [ownerGuard],
    loadComponent: () =>
      import('../mail-settings/outbox-page/outbox-page').then(
        (m) => m.OutboxPage,
      ),
  },
] satisfies Route[];
