import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { ReportsPage } from './reports-page';

export default [
  { path: '', title: textKey('nav.reports'), component: ReportsPage },
] satisfies Route[];
