import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__HK_TEST_SERVER__;
  if (!state) return;
  for (const name of state.databases)
    await dropDatabase(state.server.adminUrl, name).catch(() => undefined);
  await state.server.stop();
}
