import { exerciseById, exerciseInstructions } from '@herstelkompas/domain';
import type { DataSource } from 'typeorm';
import type { Client } from '../clients/client.entity';
import { amsterdamToday } from '../follow-ups/follow-up-time';
import {
  HomeworkAssignment,
  HomeworkCompletion,
} from '../homework/homework.entity';

/** The Amsterdam date `days` before today (negative: after). */
function daysAgo(days: number, now: Date): string {
  return amsterdamToday(new Date(now.getTime() - days * 86_400_000));
}

/** Jan's homework, from the library: what his check-ins say he did. */
export interface DemoHomework {
  breathing: string;
  walking: string;
}

/**
 * Two library exercises assigned to Jan, as the practitioner would from the
 * client page: slow breathing (his focus: stress, breathing) five weeks ago,
 * the walking plan three weeks ago, with the days he ticked off. Title and
 * instructions are taken from the library in the client's own language, the
 * way assigning stores them; the portal shows the library text in the
 * language the client reads it in.
 */
export async function seedDemoHomework(
  dataSource: DataSource,
  clients: Client[],
  ownerId: string,
  now = new Date(),
): Promise<DemoHomework> {
  const jan = clients.find((c) => c.firstName === 'Jan') as Client;
  const assign = async (
    exerciseId: string,
    startedDaysAgo: number,
    plan: Pick<HomeworkAssignment, 'frequency' | 'timesPerWeek'>,
  ): Promise<string> => {
    const exercise = exerciseById(exerciseId);
    if (!exercise) throw new Error(`unknown exercise ${exerciseId}`);
    const language = jan.preferredLanguage;
    const at = new Date(now.getTime() - startedDaysAgo * 86_400_000);
    const row = await dataSource.getRepository(HomeworkAssignment).save({
      practiceId: jan.practiceId,
      clientId: jan.id,
      exerciseId,
      domain: exercise.domain,
      title: exercise.title[language],
      instructions: exerciseInstructions(exercise, language),
      ...plan,
      startsOn: daysAgo(startedDaysAgo, now),
      endsOn: daysAgo(-28, now),
      status: 'active' as const,
      endedOn: null,
      sessionNoteId: null,
      createdById: ownerId,
      createdAt: at,
      updatedAt: at,
    });
    return row.id;
  };
  const breathing = await assign('slow-breathing', 35, {
    frequency: 'daily',
    timesPerWeek: null,
  });
  const walking = await assign('graded-walking', 21, {
    frequency: 'weekly',
    timesPerWeek: 3,
  });
  const tick = (
    assignmentId: string,
    days: number,
    minutes: number | null = null,
  ) => ({
    practiceId: jan.practiceId,
    clientId: jan.id,
    assignmentId,
    doneOn: daysAgo(days, now),
    note: null,
    minutes,
  });
  await dataSource
    .getRepository(HomeworkCompletion)
    .insert([
      ...[1, 2, 4, 5, 6].map((d) => tick(breathing, d)),
      tick(walking, 1, 15),
      tick(walking, 3, 12),
      tick(walking, 6, 12),
    ]);
  return { breathing, walking };
}
