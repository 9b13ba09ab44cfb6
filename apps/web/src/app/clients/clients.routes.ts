import type { Route } from '@angular/router';
import { ownerGuard } from '../core/auth/owner-guard';
import { unsavedChangesGuard } from '../core/forms/unsaved-changes-guard';
import { textKey } from '../core/i18n/translations';
import { ClientList } from './client-list/client-list';

// Page titles stay generic: a client's name in the tab title would end up
// in the browser history of a shared practice computer.
export default [
  { path: '', title: textKey('nav.clients'), component: ClientList },
  {
    path: 'nieuw',
    title: textKey('clients.form.newTitle'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./client-form/client-form').then((m) => m.ClientForm),
  },
  {
    path: ':id/bewerken',
    title: textKey('clients.form.editTitle'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./client-form/client-form').then((m) => m.ClientForm),
  },
  {
    // A full page (options beside an A4 preview), not a tab.
    path: ':id/rapportage',
    title: textKey('clientReport.title'),
    loadComponent: () =>
      import('../client-report/report-page/report-page').then(
        (m) => m.ReportPage,
      ),
  },
  {
    path: ':id',
    loadComponent: () =>
      import('./client-page/client-page').then((m) => m.ClientPage),
    children: [
      {
        path: '',
        title: textKey('clients.page.title'),
        loadComponent: () =>
          import('../client-overview/client-overview').then(
            (m) => m.ClientOverview,
          ),
      },
      // Tabs of their own features; each file sets its translated title.
      {
        path: 'prioriteiten',
        loadChildren: () => import('../client-priority/client-priority.routes'),
      },
      {
        path: 'sessies',
        loadChildren: () => import('../client-sessions/client-sessions.routes'),
      },
      {
        path: 'doelen',
        loadChildren: () => import('../client-goals/client-goals.routes'),
      },
      {
        path: 'tijdlijn',
        loadChildren: () => import('../client-timeline/client-timeline.routes'),
      },
      {
        path: 'huiswerk',
        title: textKey('clientHomework.title'),
        loadComponent: () =>
          import('../client-homework/client-homework').then(
            (m) => m.ClientHomework,
          ),
      },
      {
        path: 'berichten',
        title: textKey('clientMessages.title'),
        loadComponent: () =>
          import('../client-messages/client-messages').then(
            (m) => m.ClientMessages,
          ),
      },
      {
        path: 'logboek',
        title: textKey('clients.page.log'),
        canActivate: [ownerGuard],
        loadComponent: () =>
          import('../client-access-log/client-access-log').then(
            (m) => m.ClientAccessLog,
          ),
      },
    ],
  },
] satisfies Route[];
