// Runs in the browser before the app becomes interactive.
import { config } from 'zod/v4/core';

// zod compiles object parsers with `new Function` when it may; our CSP has
// no 'unsafe-eval', so tell it not to try (its probe alone is reported as a
// CSP violation). Parsing is the same, only without the JIT fast path.
config({ jitless: true });
