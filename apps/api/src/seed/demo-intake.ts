import { createHmac } from 'node:crypto';
import { type DataSource, IsNull } from 'typeorm';
import { hashToken } from '../auth/tokens';
import { Client } from '../clients/client.entity';
import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { IntakeInvitation } from '../intake/intake-invitation.entity';

/** The demo client who has an open intake link, and the date of birth that opens it. */
export const DEMO_INTAKE_CLIENT = {
  firstName: 'José',
  dateOfBirth: '1990-12-30',
  shown: '30-12-1990',
} as const;

/**
 * The demo link's token is derived from this installation's secret, so the
 * link can be printed at every start although only its hash is stored.
 */
export function demoIntakeToken(secret: string): string {
  return createHmac('sha256', secret)
    .update('demo-intake-link')
    .digest('base64url');
}

export async function seedDemoIntake(
  dataSource: DataSource,
  secret: string,
  createdById: string,
): Promise<void> {
  const client = await dataSource
    .getRepository(Client)
    .findOneByOrFail({ firstName: DEMO_INTAKE_CLIENT.firstName });
  await dataSource.getRepository(IntakeInvitation).save({
    practiceId: client.practiceId,
    clientId: client.id,
    tokenHash: hashToken(demoIntakeToken(secret)),
    variant: 'baseline',
    instrumentId: HERSTELKOMPAS_INTAKE_V2.id,
    instrumentVersion: HERSTELKOMPAS_INTAKE_V2.version,
    language: client.preferredLanguage,
    createdById,
    expiresAt: new Date(Date.now() + 60 * 86_400_000),
  });
}

/** The demo link while it is still open, for the start banner. */
export async function openDemoIntakeUrl(
  dataSource: DataSource,
  secret: string,
  publicUrl: string,
): Promise<string | null> {
  const token = demoIntakeToken(secret);
  const open = await dataSource.getRepository(IntakeInvitation).findOneBy({
    tokenHash: hashToken(token),
    submittedAt: IsNull(),
    revokedAt: IsNull(),
    lockedAt: IsNull(),
  });
  return open && open.expiresAt.getTime() > Date.now()
    ? `${publicUrl}/intake/${token}`
    : null;
}
