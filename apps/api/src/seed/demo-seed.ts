import type { DataSource } from 'typeorm';
import { addPractitioner } from '../practices/add-practitioner';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { seedDemoAssessments } from './demo-assessments';
import { seedDemoCheckIns } from './demo-check-ins';
import { seedDemoClients } from './demo-clients';
import { seedDemoHomework } from './demo-homework';
import { seedDemoIntake } from './demo-intake';

export const DEMO_LOGIN = {
  email: 'demo@herstelkompas.nl',
  password: 'herstel-demo-2026',
} as const;

/**
 * Fills an empty database with one demo practice. Deterministic: the same
 * people every time, so the README and the tests can rely on them.
 * Returns false when there was data already (nothing is touched then).
 */
export async function seedDemoPractice(
  dataSource: DataSource,
  secret: string,
): Promise<boolean> {
  if ((await dataSource.getRepository(Practice).count()) > 0) return false;
  const owner = await addPractitioner(dataSource, {
    email: DEMO_LOGIN.email,
    password: DEMO_LOGIN.password,
    displayName: 'Sanne de Vries',
    role: 'owner',
    practiceName: 'Praktijk Veerkracht (demo)',
  });
  const colleague = await addPractitioner(dataSource, {
    email: 'thomas@herstelkompas.nl',
    password: DEMO_LOGIN.password,
    displayName: 'Thomas Bakker',
    role: 'practitioner',
    practiceId: owner.practiceId,
  });
  // Anyone trying the product signs in with the password printed in the README.
  await dataSource.getRepository(Practice).update(
    { id: owner.practiceId },
    {
      demo: true,
      // A letterhead to show on reports and mail (example.nl addresses only).
      addressStreet: 'Stationsstraat 12',
      addressPostalCode: '3511 AB',
      addressCity: 'Utrecht',
      phone: '030 123 45 67',
      email: 'info@veerkracht.example.nl',
      website: 'https://veerkracht.example.nl',
      kvk: '12345678',
    },
  );
  await dataSource
    .getRepository(Practitioner)
    .update({ id: owner.id }, { profession: 'Oefentherapeut' });
  const clients = await seedDemoClients(dataSource, owner.practiceId, {
    owner: owner.id,
    colleague: colleague.id,
  });
  await seedDemoAssessments(dataSource, clients, owner.id);
  const homework = await seedDemoHomework(dataSource, clients, owner.id);
  await seedDemoCheckIns(dataSource, clients, homework);
  await seedDemoIntake(dataSource, secret, owner.id);
  return true;
}
