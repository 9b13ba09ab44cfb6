import type { Route } from '@angular/router';
import { ownerGuard } from '../core/auth/owner-guard';
import { textKey } from '../core/i18n/translations';
import { TeamPage } from './team-page/team-page';

export default [
  {
    path: '',
    title: textKey('nav.team'),
    canActivate: [ownerGuard],
    component: TeamPage,
  },
] satisfies Route[];
