import { AuditEvent } from '../audit/audit-event.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { ClientShare } from '../clients/client-share.entity';
import { Client } from '../clients/client.entity';
import { Session } from '../auth/session.entity';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';

/** Every entity, listed explicitly: globs do not survive the webpack bundle. */
export const ENTITIES = [Practice, Practitioner, Session, LoginAttempt, Client, ClientShare, AuditEvent];
