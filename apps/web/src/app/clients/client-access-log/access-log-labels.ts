import type { TranslationKey } from '../../core/i18n/translations';

/** Human words for the audit events the API records about a client. */
export const EVENT_LABELS: Readonly<Record<string, TranslationKey>> = {
  'client.read': 'accessLog.events.clientRead',
  'client.update': 'accessLog.events.clientUpdate',
  'client.search': 'accessLog.events.clientSearch',
  'client.create': 'accessLog.events.clientCreate',
  'client.archive': 'accessLog.events.clientArchive',
  'client.restore': 'accessLog.events.clientRestore',
  'client.share': 'accessLog.events.clientShare',
  'client.erase': 'accessLog.events.clientErase',
  'access_log.read': 'accessLog.events.logRead',
  'access_log.export': 'accessLog.events.logExport',
  'client.access_denied': 'accessLog.events.accessDenied',
};

/** The label key for an event; unknown (newer) events show their code. */
export function eventLabelKey(event: string): TranslationKey | null {
  return Object.hasOwn(EVENT_LABELS, event) ? EVENT_LABELS[event] : null;
}
