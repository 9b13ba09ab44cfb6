import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { AgendaPage } from './agenda-page/agenda-page';

export default [
  { path: '', title: textKey('agenda.title'), component: AgendaPage },
] satisfies Route[];
