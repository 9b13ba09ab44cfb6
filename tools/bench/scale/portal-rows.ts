import { createHash } from 'node:crypto';
import { LESSON_IDS } from '@herstelkompas/domain';
import type { Cell } from './copy';
import {
  ANCHOR,
  KIND,
  practiceId,
  practitionerId,
  type Tier,
  uuidFor,
} from './rows';
import * as W from './words';

const DAY = 86_400_000;
const SEED = 20261207;
const PORTAL_KIND = { link: 7, message: 8 };

/** Three clients in ten use the portal: the rest were never invited. */
export function inPortal(index: number): boolean {
  return index % 10 < 3;
}

/** The portal clients of a tier, by index (the bench picks its clients here). */
export function* portalClients(tier: Tier): Generator<number> {
  for (let i = 0; i < tier.clients; i++) if (inPortal(i)) yield i;
}

export const PORTAL_LINK_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'kind',
  'token_hash',
  'created_by_id',
  'expires_at',
  'used_at',
  'created_at',
] as const;

/**
 * The used invitation of every portal client. The token is thrown away:
 * its hash stands in, so no seeded link can ever be opened.
 */
export function* portalLinkRows(tier: Tier): Generator<Cell[]> {
  for (const i of portalClients(tier)) {
    const random = W.prng(SEED + i);
    const created = ANCHOR - Math.floor(7 + random() * 120) * DAY;
    yield [
      uuidFor(PORTAL_KIND.link, i),
      practiceId,
      uuidFor(KIND.client, i),
      'invitation',
      createHash('sha256').update(`seed-link-${i}`).digest('hex'),
      practitionerId(i % tier.practitioners),
      new Date(created + 7 * DAY),
      new Date(created + Math.floor(random() * 3) * DAY + 3_600_000),
      new Date(created),
    ];
  }
}

export const MESSAGE_COLUMNS = [
  'id',
  'practice_id',
  'client_id',
  'author',
  'practitioner_id',
  'text',
  'created_at',
  'read_at',
] as const;

const CLIENT_TEXTS = [
  'Mag ik de ademhalingsoefening ook liggend doen?',
  'Deze week sliep ik beter, de pijn was minder scherp.',
  'Ik merk dat wandelen na het eten prettig voelt.',
  'Kunnen we de afspraak van donderdag een uur later zetten?',
];
const PRACTITIONER_TEXTS = [
  'Dat mag zeker. Kies wat voor jou het rustigst voelt.',
  'Fijn om te horen! Houd het ritme vast.',
  'Goed gemerkt. Neem het mee naar de volgende sessie.',
  'Dat kan, ik heb het aangepast.',
];

/**
 * Two to ten messages per portal client, both ways in turn, the newest
 * from the client and unread for one client in five: Vandaag's card and the
 * client list's badge have something to show.
 */
export function* messageRows(tier: Tier): Generator<Cell[]> {
  let n = 0;
  for (const i of portalClients(tier)) {
    const random = W.prng(SEED * 7 + i);
    const count = 2 + Math.floor(random() * 9);
    const start = ANCHOR - Math.floor(3 + random() * 90) * DAY;
    const unreadLast = i % 5 === 0;
    for (let m = 0; m < count; m++) {
      // Counted back from the newest, so the newest is always the client's.
      const fromClient = (count - 1 - m) % 2 === 0;
      const at = start + m * Math.floor(DAY / 2 + random() * DAY);
      const last = m === count - 1;
      yield [
        uuidFor(PORTAL_KIND.message, n++),
        practiceId,
        uuidFor(KIND.client, i),
        fromClient ? 'client' : 'practitioner',
        fromClient ? null : practitionerId(i % tier.practitioners),
        W.pick(random, fromClient ? CLIENT_TEXTS : PRACTITIONER_TEXTS),
        new Date(at),
        last && unreadLast ? null : new Date(at + 3_600_000),
      ];
    }
  }
}

export const LESSON_READ_COLUMNS = [
  'client_id',
  'lesson_id',
  'practice_id',
  'read_at',
] as const;

/** Each portal client read the first none to six lessons, in order. */
export function* lessonReadRows(tier: Tier): Generator<Cell[]> {
  for (const i of portalClients(tier)) {
    const random = W.prng(SEED * 13 + i);
    const read = Math.floor(random() * (LESSON_IDS.length + 1));
    const start = ANCHOR - Math.floor(2 + random() * 60) * DAY;
    for (let l = 0; l < read; l++)
      yield [
        uuidFor(KIND.client, i),
        LESSON_IDS[l] as string,
        practiceId,
        new Date(start + l * DAY),
      ];
  }
}
