import type { AuditEvent } from './audit-event.entity';

/**
 * An access-log line as the practice's own people see it. A refused attempt
 * on this practice's record by someone of another practice is kept whole in
 * the log (who, their practice: the practice's export carries it), but every
 * view of it leaves them out: the other practice's people are not this
 * practice's to see, and their names are never looked up.
 */
export function shownLine(line: AuditEvent, practiceId: string): AuditEvent {
  const actorPractice = line.details?.['actorPracticeId'];
  if (!actorPractice || actorPractice === practiceId) return line;
  const { actorPracticeId: _hidden, ...details } = line.details ?? {};
  return {
    ...line,
    userId: null,
    role: null,
    details: { ...details, actor: 'other_practice' },
  };
}
