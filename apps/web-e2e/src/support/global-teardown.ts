/** SIGTERM, then wait: the product stops its PostgreSQL before it exits. */
export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__HK_E2E_API__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
}
