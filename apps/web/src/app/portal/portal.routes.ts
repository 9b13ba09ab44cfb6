import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { PortalShell } from './portal-shell/portal-shell';

/** The client portal: public routes outside the practitioner shell, its own shell. */
export default [
  {
    path: '',
    component: PortalShell,
    children: [
      {
        path: '',
        title: textKey('portal.title'),
        loadComponent: () =>
          import('./portal-home/portal-home').then((m) => m.PortalHomePage),
      },
      {
        path: 'link/:token',
        title: textKey('portal.landing.title'),
        loadComponent: () =>
          import('./portal-landing/portal-landing').then(
            (m) => m.PortalLanding,
          ),
      },
      {
        path: 'inloggen',
        title: textKey('portal.signIn.title'),
        loadComponent: () =>
          import('./portal-sign-in/portal-sign-in').then((m) => m.PortalSignIn),
      },
      {
        path: 'lessen',
        title: textKey('portal.lessons.title'),
        loadComponent: () =>
          import('./portal-lessons/portal-lessons').then(
            (m) => m.PortalLessons,
          ),
      },
      {
        path: 'huiswerk',
        title: textKey('portal.homework.title'),
        loadComponent: () =>
          import('./portal-homework/portal-homework').then(
            (m) => m.PortalHomeworkPage,
          ),
      },
      {
        path: 'huiswerk/:homeworkId',
        title: textKey('portal.homework.title'),
        loadComponent: () =>
          import('./portal-exercise/portal-exercise').then(
            (m) => m.PortalExercisePage,
          ),
      },
      {
        path: 'berichten',
        title: textKey('portal.messages.title'),
        loadComponent: () =>
          import('./portal-messages/portal-messages').then(
            (m) => m.PortalMessages,
          ),
      },
      {
        path: 'check-in',
        title: textKey('portal.checkIn.title'),
        loadComponent: () =>
          import('./portal-check-in/portal-check-in').then(
            (m) => m.PortalCheckInPage,
          ),
      },
      {
        path: 'lessen/:lessonId',
        title: textKey('portal.lessons.title'),
        loadComponent: () =>
          import('./portal-lesson/portal-lesson').then(
            (m) => m.PortalLessonPage,
          ),
      },
    ],
  },
] satisfies Route[];
