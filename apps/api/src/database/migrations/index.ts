import { InitialSchema1795608764951 } from "./1795608764951-initial-schema";

/** Every migration, in order. Add new ones at the end; never edit a merged one. */
export const MIGRATIONS: Function[] = [InitialSchema1795608764951];
