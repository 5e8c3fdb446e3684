// Starts the cluster once for the tier, on a dedicated PostgreSQL (a test stops it), and
// hands its addresses to the test files through CLUSTER_STATE_FILE.
const fs = require('node:fs');
const path = require('node:path');

module.exports = async function globalSetup() {
  const { startCluster } = await import('../cluster.mjs');
  const started = Date.now();
  const cluster = await startCluster({
    database: 'dedicated',
    // A replica that dies comes back after 3 s (an orchestrator's restart); the kill -9
    // test holds it down (hold-<name> file) while it watches the survivor alone.
    restartDelayMs: 3_000,
    // CLUSTER_KEEP_STATE=true keeps logs and data in .data/cluster/run-*/ for a look after a failure.
    keepState: process.env.CLUSTER_KEEP_STATE === 'true',
    log: (m) => process.stdout.write(`[cluster] ${m}\n`),
  });
  globalThis.__MIC_CLUSTER__ = cluster;
  const file = path.join(cluster.stateDir, 'state.json');
  fs.writeFileSync(file, JSON.stringify(cluster.state, null, 2));
  process.env.CLUSTER_STATE_FILE = file;
  process.stdout.write(
    `[cluster] up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${cluster.lbWebUrl}\n`,
  );
};
