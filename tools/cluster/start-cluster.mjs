// npm run start:cluster: the production-like cluster on one machine (docs/adr/0011).
// Ctrl-C / SIGTERM stops everything; a run killed with SIGKILL is cleaned up by the next start.
import { startCluster } from './cluster.mjs';

let cluster;
let stopping = false;
const shutdown = async (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n[cluster] ${signal} received, stopping…`);
  if (cluster) await cluster.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const port = (name, fallback) => Number(process.env[name] ?? fallback);
try {
  cluster = await startCluster({
    webPort: port('CLUSTER_PORT', 8080),
    apiPort: port('CLUSTER_API_PORT', 8081),
    statsPort: port('CLUSTER_STATS_PORT', 8404),
    restartDelayMs: 2000,
  });
  console.log(`
Midlands Improvement Commons cluster is running (started in ${(cluster.startedMs / 1000).toFixed(1)} s)
  Load balancer (web):  ${cluster.lbWebUrl}
  Load balancer (API):  ${cluster.graphqlUrl}
  HAProxy stats:        ${cluster.statsUrl}
  API replicas:         ${cluster.api.map((r) => r.url).join(', ')}
  Web replicas:         ${cluster.web.map((r) => r.url).join(', ')}
  Pooled database:      ${cluster.pooledDatabaseUrl} (PgBouncer, transaction pooling)
  Direct database:      ${cluster.directDatabaseUrl} (migrations only)
  Files:                ${cluster.files === 'azure' ? 'Azurite (FILE_STORAGE=azure)' : `shared directory ${cluster.uploadDir}`}
${cluster.mailCatcherUrl ? `  Mail catcher:         ${cluster.mailCatcherUrl}/messages\n` : ''}  Logs:                 ${cluster.stateDir}/logs
Demo accounts (password commons-demo-2026): admin@, organiser@, lead@, member@, moderator@example.org
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[cluster] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
