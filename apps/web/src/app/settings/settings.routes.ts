import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { SettingsPage } from './settings-page';

export default [
  { path: '', title: textKey('nav.settings'), component: SettingsPage },
] satisfies Route[];
