// npm start: embedded PostgreSQL (or DATABASE_URL), migrations, seeds, API on
// :4000 and web on :3000. Ctrl-C / SIGTERM shuts everything down cleanly.
import { startStack } from './stack.mjs';

let stack;
const shutdown = async (signal) => {
  console.log(`\n[start] ${signal} received, shutting down…`);
  if (stack) await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  stack = await startStack({ onUnexpectedExit: () => process.exit(1) });
  console.log(`
Midlands Improvement Commons is running (started in ${(stack.startedMs / 1000).toFixed(1)} s)
  Web app:      ${stack.webUrl}
  GraphQL API:  ${stack.apiUrl}
  Health:       http://localhost:${stack.apiPort}/health
${stack.idpUrl ? `  Demo identity provider: ${stack.idpUrl} (sign in as priya.shah@nhs.example, password commons-demo-2026)\n` : ''}  DATABASE_URL=${stack.databaseUrl}
A second API process on the same database:
  DATABASE_URL=${stack.databaseUrl} API_PORT=4001 npm run start:api
Demo accounts (password commons-demo-2026): admin@, organiser@, lead@, member@, moderator@example.org
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[start] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
