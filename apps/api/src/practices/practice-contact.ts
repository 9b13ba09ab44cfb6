import type { PracticeContact } from '@herstelkompas/contracts';
import type { Practice } from './practice.entity';

/** How a client reaches the practice: name, phone and e-mail only. */
export function contactOf(practice: Practice): PracticeContact {
  return { name: practice.name, phone: practice.phone, email: practice.email };
}
