import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { TodayPage } from './today-page/today-page';

export default [
  { path: '', title: textKey('nav.today'), component: TodayPage },
] satisfies Route[];
