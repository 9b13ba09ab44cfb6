import { AUDIT_EVENTS } from '@herstelkompas/contracts';
import { en } from '../core/i18n/en';
import { nl } from '../core/i18n/nl';
import { EVENT_LABELS, eventLabelKey } from './access-log-labels';

/** The text a dotted key points to in a translation table. */
function textAt(table: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      table,
    );
}

describe('access log event labels', () => {
  it.each(AUDIT_EVENTS.map((event) => [event]))(
    'has Dutch and English words for %s',
    (event) => {
      const key = eventLabelKey(event);
      expect(key).not.toBeNull();
      for (const table of [nl, en]) {
        const text = textAt(table, key ?? '');
        expect(typeof text).toBe('string');
        expect(text).not.toBe('');
        expect(text).not.toContain(event);
      }
    },
  );

  it('gives different events different words', () => {
    for (const table of [nl, en]) {
      const texts = Object.values(EVENT_LABELS).map((key) =>
        textAt(table, key),
      );
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('leaves an event it does not know as its code', () => {
    expect(eventLabelKey('something.new')).toBeNull();
    expect(eventLabelKey('toString')).toBeNull();
  });
});
