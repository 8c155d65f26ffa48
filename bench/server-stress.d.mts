// Types of bench/server-stress.mjs, for test/server-stress.test.ts.
export interface StressOptions {
  seed?: number;
  documents?: number;
  edits?: number;
  pasteDates?: number;
  debounceMs?: number;
  settleMs?: number;
  answerMs?: number;
  /** `tenderlint.maxCheckSeconds` for both servers (through workspace/configuration); the default budget otherwise. */
  maxCheckSeconds?: number;
  log?: (message: string) => void;
}
export interface StressResult {
  documents: number;
  edits: number;
  requests: number;
  checks: number;
  answered: Record<string, number>;
  reopened: number;
  compared: number;
  paste: { into: string; dates: number; characters: number } | null;
  sendMs: number;
  settleMs: number;
  totalMs: number;
  peakRssKB: number | null;
  endRssKB: number | null;
  errors: Array<{ label: string; code: number; message: string }>;
  serverErrorsLogged: string[];
  /** The server's log lines saying its check worker was replaced (a check over its budget, or a crash). */
  workersReplaced: string[];
  alive: boolean;
  failures: string[];
  machine: { cores: number; memoryGiB: number; node: string; platform: string };
}
export function runStress(options?: StressOptions): Promise<StressResult>;
export function stressDocuments(count: number, seed: number): Array<{ name: string; text: string }>;
export function pathologicalPaste(dates: number): string;
