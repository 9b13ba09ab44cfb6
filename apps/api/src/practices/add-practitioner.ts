import type { Language, PractitionerRole } from '@herstelkompas/contracts';
import type { DataSource } from 'typeorm';
import { newPasswordHash, PasswordRuleError } from '../auth/credentials';
import { Practice } from './practice.entity';
import { Practitioner } from './practitioner.entity';

export interface AddPractitionerInput {
  email: string;
  displayName: string;
  password: string;
  role: PractitionerRole;
  language?: Language;
  /** An existing practice's id, or the name of a new practice (only for its first owner). */
  practiceId?: string;
  practiceName?: string;
}

export class AddPractitionerError extends Error {}

/**
 * Adds a practitioner; with `practiceName` and role owner it creates the
 * practice too. Used by the CLI and the demo seed.
 */
export async function addPractitioner(
  dataSource: DataSource,
  input: AddPractitionerInput,
): Promise<Practitioner> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AddPractitionerError(`"${input.email}" is not an email address.`);
  const passwordHash = await newPasswordHash(input.password).catch(
    (error: unknown) => {
      throw error instanceof PasswordRuleError
        ? new AddPractitionerError(error.message)
        : error;
    },
  );
  if (!input.displayName.trim())
    throw new AddPractitionerError('A name is required.');
  return dataSource.transaction(async (tx) => {
    if (await tx.existsBy(Practitioner, { email })) {
      throw new AddPractitionerError(
        `A practitioner with ${email} exists already.`,
      );
    }
    let practiceId = input.practiceId;
    if (!practiceId) {
      if (!input.practiceName?.trim() || input.role !== 'owner') {
        throw new AddPractitionerError(
          'Name an existing practice (--practice-id), or create one with --practice-name for its owner.',
        );
      }
      practiceId = (
        await tx.save(tx.create(Practice, { name: input.practiceName.trim() }))
      ).id;
    } else if (!(await tx.existsBy(Practice, { id: practiceId }))) {
      throw new AddPractitionerError(`No practice with id ${practiceId}.`);
    }
    return tx.save(
      tx.create(Practitioner, {
        practiceId,
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        language: input.language ?? 'nl',
      }),
    );
  });
}
