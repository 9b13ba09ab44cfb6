/**
 * Runs before each test file: points HK_TEST_DATABASE_URL at this jest
 * worker's own copy of the migrated database (see global-setup.ts), so
 * workers running side by side never see each other's rows.
 */
const urls = JSON.parse(
  process.env['HK_TEST_DATABASE_URLS'] ?? '[]',
) as string[];
if (urls.length) {
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  process.env['HK_TEST_DATABASE_URL'] =
    urls[(Math.max(worker, 1) - 1) % urls.length];
}
