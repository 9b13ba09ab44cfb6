import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { IntakesPage } from './intakes-page/intakes-page';

export default [
  { path: '', title: textKey('nav.intakes'), component: IntakesPage },
] satisfies Route[];
