import { checkInWeek } from '@herstelkompas/domain';
import type { DataSource } from 'typeorm';
import { CheckIn } from '../check-ins/check-in.entity';
import type { Client } from '../clients/client.entity';
import type { DemoHomework } from './demo-homework';

/** Jan's weekly check-ins of the past six weeks: pain and sleep slowly easing. */
const JAN_WEEKS = [
  {
    weeksAgo: 6,
    pain: 7,
    stress: 7,
    breathing: 6,
    movement: 7,
    nutrition: 4,
    sleep: 8,
    immune: 4,
    safety: 3,
  },
  {
    weeksAgo: 5,
    pain: 6,
    stress: 7,
    breathing: 6,
    movement: 6,
    nutrition: 4,
    sleep: 7,
    immune: 4,
    safety: 4,
  },
  {
    weeksAgo: 4,
    pain: 6,
    stress: 6,
    breathing: 5,
    movement: 6,
    nutrition: 4,
    sleep: 6,
    immune: 3,
    safety: 4,
  },
  {
    weeksAgo: 3,
    pain: 5,
    stress: 6,
    breathing: 5,
    movement: 5,
    nutrition: 3,
    sleep: 6,
    immune: 3,
    safety: 5,
  },
  {
    weeksAgo: 2,
    pain: 5,
    stress: 5,
    breathing: 4,
    movement: 5,
    nutrition: 3,
    sleep: 5,
    immune: 3,
    safety: 6,
  },
  {
    weeksAgo: 1,
    pain: 4,
    stress: 5,
    breathing: 4,
    movement: 4,
    nutrition: 3,
    sleep: 4,
    immune: 2,
    safety: 6,
  },
];

/**
 * A demo history of check-ins, so the client page shows its trend charts.
 * Each names the homework that ran that week (breathing from five weeks ago,
 * walking from three), with the odd week one of them did not happen.
 */
export async function seedDemoCheckIns(
  dataSource: DataSource,
  clients: Client[],
  homework: DemoHomework,
  now = new Date(),
): Promise<void> {
  const jan = clients.find((c) => c.firstName === 'Jan') as Client;
  await dataSource.getRepository(CheckIn).insert(
    JAN_WEEKS.map((w) => {
      const at = new Date(now.getTime() - w.weeksAgo * 7 * 86_400_000);
      return {
        practiceId: jan.practiceId,
        clientId: jan.id,
        week: checkInWeek(at),
        status: 'submitted' as const,
        painNow: w.pain,
        stress: w.stress,
        breathing: w.breathing,
        movement: w.movement,
        nutrition: w.nutrition,
        sleep: w.sleep,
        immune: w.immune,
        movementSafety: w.safety,
        homeworkDone: [
          ...(w.weeksAgo <= 5 && w.weeksAgo !== 3 ? [homework.breathing] : []),
          ...(w.weeksAgo <= 3 ? [homework.walking] : []),
        ],
        note: null,
        redFlagsYes: [],
        submittedAt: at,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
}
