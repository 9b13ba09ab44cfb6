import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { resolveEmbeddedSecrets } from '../config/secrets';
import { createDataSource } from '../database/data-source';
import { openDatabase, runtimeDatabaseUrl } from '../database/open-database';
import { createLogger } from '../logging/logger';

export interface CliDatabase {
  dataSource: DataSource;
  /** For tools that need their own connection (COPY streams). */
  url: string;
}

/**
 * DATABASE_URL, or the embedded database of a running server, or the
 * embedded database started (and migrated) just for this command.
 */
export async function withCliDatabase(
  work: (db: CliDatabase) => Promise<number>,
): Promise<number> {
  const config = loadConfig(process.env);
  const url = config.databaseUrl ?? runtimeDatabaseUrl(config.dataDir);
  if (url) {
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    try {
      return await work({ dataSource, url });
    } finally {
      await dataSource.destroy();
    }
  }
  const database = await openDatabase(
    config,
    resolveEmbeddedSecrets(config).databasePassword,
    createLogger('warn'),
  );
  try {
    return await work({ dataSource: database.dataSource, url: database.url });
  } finally {
    await database.close();
  }
}
