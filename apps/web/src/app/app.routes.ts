import type { Route } from '@angular/router';
import { authGuard, mfaSetupGuard } from './core/auth/auth-guard';
import { textKey } from './core/i18n/translations';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: textKey('login.title'),
    loadComponent: () =>
      import('./login/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    // Public: an invited colleague has no session yet.
    path: 'wachtwoord-instellen/:token',
    title: textKey('setPassword.title'),
    loadComponent: () =>
      import('./set-password/set-password-page').then((m) => m.SetPasswordPage),
  },
  {
    // Public: the link from a password reset mail.
    path: 'wachtwoord-herstellen/:token',
    title: textKey('setPassword.reset.title'),
    data: { mode: 'reset' },
    loadComponent: () =>
      import('./set-password/set-password-page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'wachtwoord-vergeten',
    title: textKey('forgotPassword.title'),
    loadComponent: () =>
      import('./set-password/forgot-password-page').then(
        (m) => m.ForgotPasswordPage,
      ),
  },
  {
    // Outside the shell: until it is done, the API opens nothing else.
    path: 'tweestapsverificatie',
    title: textKey('security.setup.title'),
    canActivate: [mfaSetupGuard],
    loadComponent: () =>
      import('./security/mfa-setup-page/mfa-setup-page').then(
        (m) => m.MfaSetupPage,
      ),
  },
  {
    // Public: the client's intake by link, outside the shell and its guard.
    path: 'intake/:token',
    loadChildren: () => import('./intake/intake.routes'),
  },
  {
    // Public: the client portal has its own session and its own shell.
    path: 'portaal',
    loadChildren: () => import('./portal/portal.routes'),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'vandaag' },
      { path: 'vandaag', loadChildren: () => import('./today/today.routes') },
      { path: 'agenda', loadChildren: () => import('./agenda/agenda.routes') },
      {
        path: 'clienten',
        loadChildren: () => import('./clients/clients.routes'),
      },
      {
        path: 'intakes',
        loadChildren: () => import('./intakes/intakes.routes'),
      },
      {
        path: 'rapportages',
        loadChildren: () => import('./reports/reports.routes'),
      },
      { path: 'team', loadChildren: () => import('./team/team.routes') },
      {
        path: 'instellingen',
        loadChildren: () => import('./settings/settings.routes'),
      },
      {
        // Shown in place of a page the role cannot open (the address stays).
        path: 'geen-toegang',
        title: textKey('forbidden.title'),
        loadComponent: () =>
          import('./forbidden/forbidden-page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: textKey('notFound.title'),
        loadComponent: () =>
          import('./not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
