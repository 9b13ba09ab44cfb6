import type { Route } from '@angular/router';
import { textKey } from '../core/i18n/translations';
import { IntakePage } from './intake-page/intake-page';

/** The client's intake by link: public, outside the practitioner shell. */
export default [
  { path: '', title: textKey('intake.title'), component: IntakePage },
] satisfies Route[];
