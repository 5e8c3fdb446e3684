// Must stay first: tracing wraps `http` before Nest and Express load it.
import './common/observability/tracing-preload';
import { appLogger } from './common/logging/json-logger';
import { appSettings, createApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApp();
  const settings = appSettings(app);
  await app.listen(settings.port, settings.host);
  appLogger().write('info', 'API listening', {
    url: `http://localhost:${settings.port}/graphql`,
    health: `http://localhost:${settings.port}/health`,
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`API failed to start: ${message}\n`);
  process.exit(1);
});
