// Runs the embedded PostgreSQL in its own process group, so a terminal Ctrl-C
// reaches the API first and the database stays up until the API has finished
// its in-flight requests and closed its pool. The parent stops it with SIGTERM.
// Prints "READY <port>" on stdout once the server answers.
const { startEmbedded } = require('./pg-server.cjs');

const [dataDir, portArg] = process.argv.slice(2);

(async () => {
  const server = await startEmbedded({
    dataDir,
    port: Number(portArg),
    log: (m) => process.stderr.write(`[db] ${m}\n`),
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => {}); // only the parent decides when the database stops
  process.stdout.write(`READY ${server.port} ${server.adopted ? 'adopted' : 'started'}\n`);
  // If the parent was killed (e.g. kill -9), stop the database cleanly too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 1000);
})().catch((error) => {
  process.stderr.write(`[db] ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
