/**
 * Questions about a check's facts (hover, inlay hints, `tenderlint/facts`, the report). The facts stay where the
 * check ran: in the result when it ran in this thread, else in the check worker, which keeps the facts of the few
 * documents checked or asked about last. For another document it answers `dropped`, and the document is read
 * again there (same text, same config) before it is asked again.
 */
import { describeFacts } from '../core/facts/describe';
import type { Facts } from '../core/facts/types';
import { DROPPED, type CheckResult, type Dropped, type HeldCheck } from './checker';
import type { Job, JobValue, Question } from './check-runner';
import type { ServerContext } from './context';
import { docxPathOf, isDocxUri } from './docx';
import type { FactsResult } from './protocol';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The facts of a check: in the result when they were read in this thread, else fetched from where they are kept. */
export async function factsFor(ctx: ServerContext, result: CheckResult, uri: string): Promise<Facts | null> {
  return askHeld<'facts'>(ctx, result, uri, { op: 'facts' }, (held) => held.facts);
}

/** A question about a check's facts: answered here when the facts are here, else where the check ran. */
export async function askHeld<K extends 'hover' | 'hints' | 'facts'>(
  ctx: ServerContext,
  result: CheckResult,
  uri: string,
  job: DistributiveOmit<Extract<Job, { op: K }>, 'uri' | 'held'>,
  local: (held: HeldCheck) => Exclude<JobValue[K], Dropped>,
): Promise<Exclude<JobValue[K], Dropped> | null> {
  return (await ask(ctx, result, uri, job, local)).value;
}

/**
 * How many times a question follows the document's check when, while it waited in the queue, the check it was
 * asked of was replaced by a newer check of the document (the settings changed, or the text was checked again):
 * the check worker keeps only the newest check's facts, so the question is asked again of that one.
 */
const FOLLOW = 3;

/** `askHeld`, with the check that answered (the one asked of, or the newer one it followed). */
async function ask<K extends 'hover' | 'hints' | 'facts'>(
  ctx: ServerContext,
  result: CheckResult,
  uri: string,
  job: DistributiveOmit<Extract<Job, { op: K }>, 'uri' | 'held'>,
  local: (held: HeldCheck) => Exclude<JobValue[K], Dropped>,
): Promise<{ value: Exclude<JobValue[K], Dropped> | null; result: CheckResult }> {
  for (let follow = 0; ; follow++) {
    const value = await askOnce(ctx, result, uri, job, local);
    const now = ctx.currentResult(uri);
    if (value !== null || !now || now === result || follow >= FOLLOW) return { value, result };
    result = now;
  }
}

async function askOnce<K extends 'hover' | 'hints' | 'facts'>(
  ctx: ServerContext,
  result: CheckResult,
  uri: string,
  job: DistributiveOmit<Extract<Job, { op: K }>, 'uri' | 'held'>,
  local: (held: HeldCheck) => Exclude<JobValue[K], Dropped>,
): Promise<Exclude<JobValue[K], Dropped> | null> {
  if (result.facts) return local({ findings: result.findings, facts: result.facts, settings: result.settings });
  const held = result.held;
  if (held === undefined) return null;
  const outcome = await ctx.runner.run({ ...job, uri, held } as Extract<Job, { op: K }>, { budgetMs: 0 });
  let value: JobValue['rehold'] = 'value' in outcome ? (outcome.value as JobValue['rehold']) : null;
  if (value === DROPPED) value = await rehold(ctx, result, uri, held, job as Question);
  return value === DROPPED ? null : (value as Exclude<JobValue[K], Dropped> | null);
}

/** Has the check worker read `result`'s document again, keep its facts under `held` and answer `question` from them. */
async function rehold(ctx: ServerContext, result: CheckResult, uri: string, held: number, question: Question): Promise<JobValue['rehold']> {
  const doc = ctx.documents.get(uri);
  if (!doc || ctx.currentResult(uri) !== result) return null;
  const settings = await ctx.settingsFor(uri);
  const fileConfig = result.config.fileConfig;
  const job: Extract<Job, { op: 'rehold' }> = isDocxUri(uri)
    ? { op: 'rehold', uri, held, fileConfig, question, docx: docxPathOf(uri) }
    : { op: 'rehold', uri, held, fileConfig, question, text: doc.getText(), path: ctx.pathOf(uri) ?? uri };
  const outcome = await ctx.runner.run(job, { budgetMs: settings.maxCheckSeconds * 1000, isStale: () => ctx.currentResult(uri) !== result });
  return 'value' in outcome ? outcome.value : null;
}

/** The `tenderlint/facts` request: the facts described in lines, and the counts of visible findings. */
export async function factsOf(ctx: ServerContext, uri: string): Promise<FactsResult | null> {
  const current = ctx.currentResult(uri);
  if (!current) return null;
  // The findings counted are those of the check whose facts are described.
  const { value: facts, result } = await ask<'facts'>(ctx, current, uri, { op: 'facts' }, (held) => held.facts);
  if (!facts) return null;
  const visible = result.findings.filter((f) => !f.suppressions);
  const byFamily: Record<string, number> = {};
  for (const f of visible) byFamily[f.family] = (byFamily[f.family] ?? 0) + 1;
  return {
    lines: describeFacts(facts, result.settings),
    counts: {
      error: visible.filter((f) => f.severity === 'error' || f.fatal).length,
      warning: visible.filter((f) => f.severity === 'warning').length,
      info: visible.filter((f) => f.severity === 'info').length,
    },
    byFamily,
  };
}
