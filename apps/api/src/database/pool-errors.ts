import type { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';

/**
 * When PostgreSQL dies, every pooled connection is sent a FATAL message. A
 * connection that is between owners at that moment (already handed back by
 * TypeORM, not yet taken in by the pool, or being removed from it) has no
 * 'error' listener, and an 'error' event without one ends the process. The
 * error itself still reaches the query that was running (it fails, and the
 * request answers 503); this listener only keeps the event from killing the
 * API, which then reconnects once the database is back.
 */
export function keepPoolErrorsFromEndingTheProcess(
  dataSource: DataSource,
): void {
  const pool = (dataSource.driver as unknown as { master?: EventEmitter })
    .master;
  if (!pool) return;
  const ignore = () => undefined;
  pool.on('connect', (client: EventEmitter) => client.on('error', ignore));
  const existing = (pool as unknown as { _clients?: EventEmitter[] })._clients;
  for (const client of existing ?? []) client.on('error', ignore);
}
