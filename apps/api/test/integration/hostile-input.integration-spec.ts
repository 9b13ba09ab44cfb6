import { writeFileSync } from 'node:fs';
import {
  incompleteOperations,
  readDocument,
  runHostileInput,
} from '../support/hostile-run';
import { createTestApp, type TestApp } from '../support/test-app';

const SEED = Number(process.env['HK_HOSTILE_SEED'] ?? 20261125);

/** The quick variant of test/resilience/hostile-input: same generator, fewer inputs. */
describe('hostile input (quick)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('describes the inputs of every operation in the OpenAPI document', async () => {
    const doc = await readDocument(t);
    expect(incompleteOperations(doc)).toEqual([]);
  });

  it('never answers 5xx and refuses invalid input without writing', async () => {
    const figures = await runHostileInput(t, {
      seed: SEED,
      // e.g. "POST /api/clients/{id}/goals": replay one operation.
      only: process.env['HK_HOSTILE_ONLY'],
      invalid: Number(process.env['HK_HOSTILE_INVALID'] ?? 20),
      valid: Number(process.env['HK_HOSTILE_VALID'] ?? 5),
    });
    console.log(
      `hostile input (quick): seed ${SEED}, ${figures.operations} operations, ${figures.invalid} invalid + ${figures.valid} edge-valid inputs, ${figures.serverErrors} 5xx, ${figures.failures.length} failures`,
    );
    if (process.env['HK_HOSTILE_REPORT'])
      writeFileSync(
        process.env['HK_HOSTILE_REPORT'],
        figures.failures.join('\n'),
      );
    expect(figures.failures.slice(0, 40)).toEqual([]);
    expect(figures.serverErrors).toBe(0);
  }, 300_000);
});
