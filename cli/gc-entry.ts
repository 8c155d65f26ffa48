/**
 * Loaded first by the CLI's entry (`bin.ts`), for its effect: sets the garbage-collection flag of `host/gc-flags.ts`
 * before any other module of the bundle runs.
 */
import { markOnOwnThreads } from '../host/gc-flags';

markOnOwnThreads();
