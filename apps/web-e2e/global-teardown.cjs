module.exports = async function globalTeardown() {
  const handle = globalThis.__MIC_E2E__;
  if (!handle) return;
  globalThis.__MIC_E2E__ = undefined;
  for (const { stack, db } of handle.handles) {
    if (stack) await stack.stop().catch(() => {});
    await db.drop().catch(() => {});
  }
  await handle.server.stop();
};
