import {
  type DomainId,
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_INTAKE_V1,
} from '@herstelkompas/domain';
import type { DataSource } from 'typeorm';
import { recordAssessment } from '../assessments/record-assessment';
import { Client } from '../clients/client.entity';
import { answersAt } from './demo-answers';

type Levels = Record<DomainId, number>;

/**
 * Jan van der Berg's story: stress and sleep were the most disturbed and
 * became the focus; they improved first, and the others followed — the chain
 * reaction the approach expects, visible in three intakes.
 */
const JAN: {
  daysAgo: number;
  levels: Levels;
  pain: [number, number, number];
}[] = [
  {
    daysAgo: 84,
    levels: {
      stress: 8,
      breathing: 6,
      movement: 6,
      nutrition: 4,
      sleep: 8,
      immune: 4,
    },
    pain: [7, 7, 9],
  },
  {
    daysAgo: 42,
    levels: {
      stress: 5,
      breathing: 5,
      movement: 5,
      nutrition: 4,
      sleep: 5,
      immune: 4,
    },
    pain: [5, 5, 8],
  },
  {
    daysAgo: 7,
    levels: {
      stress: 3,
      breathing: 3,
      movement: 3,
      nutrition: 3,
      sleep: 3,
      immune: 2,
    },
    pain: [3, 3, 6],
  },
];

export async function seedDemoAssessments(
  dataSource: DataSource,
  clients: Client[],
  ownerId: string,
  now = new Date(),
): Promise<void> {
  const byName = (first: string) =>
    clients.find((c) => c.firstName === first) as Client;
  for (const [i, step] of JAN.entries()) {
    await dataSource.transaction(async (manager) => {
      const client = await manager.findOneByOrFail(Client, {
        id: byName('Jan').id,
      });
      const definition =
        i === 0 ? HERSTELKOMPAS_INTAKE_V1 : HERSTELKOMPAS_FOLLOW_UP_V1;
      await recordAssessment(manager, {
        client,
        definition,
        variant: i === 0 ? 'baseline' : 'follow_up',
        answers: answersAt(definition, step.levels, {
          PIJN1: step.pain[0],
          PIJN2: step.pain[1],
          PIJN3: step.pain[2],
          VOORKEUR: ['movement'],
        }),
        enteredBy: i === 0 ? 'client' : 'practitioner',
        practitionerId: i === 0 ? undefined : ownerId,
        submittedAt: new Date(now.getTime() - step.daysAgo * 86_400_000),
      });
    });
  }
  // Fatima: one intake with a GP-review flag waiting for acknowledgement.
  await dataSource.transaction(async (manager) => {
    const client = await manager.findOneByOrFail(Client, {
      id: byName('Fatima').id,
    });
    await recordAssessment(manager, {
      client,
      definition: HERSTELKOMPAS_INTAKE_V1,
      variant: 'baseline',
      answers: answersAt(
        HERSTELKOMPAS_INTAKE_V1,
        {
          stress: 5,
          breathing: 7,
          movement: 5,
          nutrition: 3,
          sleep: 8,
          immune: 5,
        },
        { 'RF-NIGHT': true, PIJN1: 6, PIJN2: 6, PIJN3: 8 },
      ),
      enteredBy: 'client',
      submittedAt: new Date(now.getTime() - 3 * 86_400_000),
    });
  });
}
