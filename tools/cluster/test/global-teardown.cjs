module.exports = async function globalTeardown() {
  await globalThis.__MIC_CLUSTER__?.stop();
};
