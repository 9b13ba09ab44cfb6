/** SIGTERM, then wait: the product stops its PostgreSQL before it exits. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__HK_E2E_BROWSER__?.close();
  const child = globalThis.__HK_E2E_API__;
  if (!child) return;
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
  }
  // Let jest exit: nothing of the child may keep the event loop alive.
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}
