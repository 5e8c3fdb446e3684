// How many stacks (and Jest workers) the e2e tier runs: E2E_STACKS, default 2.
// An already running stack (E2E_BASE_URL given) is one stack.
function e2eStackCount() {
  if (process.env.E2E_BASE_URL) return 1;
  const raw = process.env.E2E_STACKS ?? '2';
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 4) {
    throw new Error(`E2E_STACKS must be a whole number from 1 to 4 (got "${raw}")`);
  }
  return count;
}

module.exports = { e2eStackCount };
