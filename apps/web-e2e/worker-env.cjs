// Runs in each test file's environment before the file: points E2E_BASE_URL,
// E2E_API_URL, E2E_MAIL_URL and E2E_IDP_URL at this worker's own stack
// (global-setup.cjs starts one per worker). JEST_WORKER_ID is 1-based.
const worker = process.env.JEST_WORKER_ID ?? '1';
for (const key of ['E2E_BASE_URL', 'E2E_API_URL', 'E2E_MAIL_URL', 'E2E_IDP_URL']) {
  const own = process.env[`${key}_${worker}`];
  if (own !== undefined) process.env[key] = own;
}
