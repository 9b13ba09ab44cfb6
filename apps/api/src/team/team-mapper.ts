import type { TeamMember } from '@herstelkompas/contracts';
import type { Practitioner } from '../practices/practitioner.entity';

export function toMember(p: Practitioner): TeamMember {
  return {
    id: p.id,
    email: p.email,
    displayName: p.displayName,
    role: p.role,
    language: p.language,
    profession: p.profession,
    registration: p.registration,
    active: p.active,
    invitationPending: p.passwordHash === null,
    createdAt: p.createdAt.toISOString(),
  };
}
