export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.__MIC_TEST_DB__;
  if (!handle) return;
  await handle.drop().catch(() => undefined);
  await handle.stop();
}
