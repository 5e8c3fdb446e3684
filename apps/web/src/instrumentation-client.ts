// Runs in the browser before the app becomes interactive.

// zod compiles object parsers with `new Function` when it may; our CSP has
// no 'unsafe-eval', so tell it not to try (its probe alone is reported as a
// CSP violation). Parsing is the same, only without the JIT fast path.
// zod reads its settings from this global (zod/v4/core `globalConfig`), so
// setting it here does not put zod itself in every page's first-load
// JavaScript: only the pages whose client components parse with zod load it.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;
