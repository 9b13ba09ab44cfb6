import type { TranslationKey } from '../core/i18n/translations';
import type { IconName } from '../ui/icon/icon-paths';

export interface NavItem {
  path: string;
  label: TranslationKey;
  icon: IconName;
  testId: string;
  ownerOnly?: boolean;
}

/** The main navigation, in the order of ui.md. Paths are Dutch, like the UI. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/vandaag', label: 'nav.today', icon: 'today', testId: 'nav-today' },
  {
    path: '/agenda',
    label: 'nav.agenda',
    icon: 'event',
    testId: 'nav-agenda',
  },
  {
    path: '/clienten',
    label: 'nav.clients',
    icon: 'group',
    testId: 'nav-clients',
  },
  {
    path: '/intakes',
    label: 'nav.intakes',
    icon: 'assignment',
    testId: 'nav-intakes',
  },
  {
    path: '/rapportages',
    label: 'nav.reports',
    icon: 'description',
    testId: 'nav-reports',
  },
  {
    path: '/team',
    label: 'nav.team',
    icon: 'groups',
    testId: 'nav-team',
    ownerOnly: true,
  },
  {
    path: '/instellingen',
    label: 'nav.settings',
    icon: 'settings',
    testId: 'nav-settings',
  },
];
