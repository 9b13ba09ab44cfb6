import type { EntityManager } from 'typeorm';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import type { MailSender } from './templates';

/** The practice and the practitioner a mail comes from (its footer and Reply-To). */
export async function senderInfo(
  manager: EntityManager,
  practitionerId: string,
): Promise<MailSender & { practice: Practice }> {
  const practitioner = await manager.findOneByOrFail(Practitioner, {
    id: practitionerId,
  });
  const practice = await manager.findOneByOrFail(Practice, {
    id: practitioner.practiceId,
  });
  return {
    practice,
    practiceName: practice.name,
    practiceContact: [practice.phone, practice.email, practice.website]
      .filter((part): part is string => Boolean(part))
      .map((part) => part.replace(/^https:\/\//, '')),
    practitionerName: practitioner.displayName,
    practitionerEmail: practitioner.email,
  };
}
