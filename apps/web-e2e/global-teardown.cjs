module.exports = async function globalTeardown() {
  const handle = globalThis.__MIC_E2E__;
  if (!handle) return;
  await handle.stack.stop();
  await handle.db.drop().catch(() => {});
  await handle.server.stop();
};
