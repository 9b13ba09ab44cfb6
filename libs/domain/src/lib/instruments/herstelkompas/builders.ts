import type { DomainId } from '../../domains/domain-ids';
import type { InstrumentItem, ItemModule, Keying } from '../instrument-types';

type ItemInput = Omit<
  InstrumentItem,
  'domain' | 'module' | 'required' | 'allowPreferNotToSay'
> &
  Partial<Pick<InstrumentItem, 'required' | 'allowPreferNotToSay'>>;

const NORMAL: Keying = { kind: 'normal' };

/**
 * A scored domain item. Domain items may be skipped or declined ("domain items
 * may be declined"), so they are optional and allow "prefer not to say".
 */
export function domainItem(
  domain: DomainId,
  item: Omit<ItemInput, 'keying'> & { keying?: Keying },
): InstrumentItem {
  return {
    domain,
    required: false,
    allowPreferNotToSay: true,
    keying: NORMAL,
    ...item,
  };
}

/** A domain flag item (SLA-F, IMM-F): shown with the domain, never scored. */
export function flagItem(domain: DomainId, item: ItemInput): InstrumentItem {
  return { domain, required: false, allowPreferNotToSay: false, ...item };
}

/** An item outside the six domains. Optional unless stated. */
export function moduleItem(
  module: ItemModule,
  item: ItemInput,
): InstrumentItem {
  return { module, required: false, allowPreferNotToSay: false, ...item };
}

/**
 * The item with this id, for a later version that keeps an item unchanged.
 *
 * @throws RangeError for an unknown id.
 */
export function itemById(
  items: readonly InstrumentItem[],
  id: string,
): InstrumentItem {
  const item = items.find((i) => i.id === id);
  if (!item) {
    throw new RangeError(`No item ${id}`);
  }
  return item;
}
