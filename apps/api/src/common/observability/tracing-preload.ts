// Imported first by main.ts: starts tracing (when configured) before `http` loads.
import { startTracing } from './tracing';

startTracing();
