import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__HK_TEST_SERVER__;
  if (!state) return;
  await dropDatabase(state.server.adminUrl, state.database).catch(
    () => undefined,
  );
  await state.server.stop();
}
