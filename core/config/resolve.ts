/** Turns config data (presets, rules, overrides, command-line rules) into one file's rule configuration. */
import picomatch from 'picomatch';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Rule, SeveritySetting } from '../engine/types';
import { presetRules } from './presets';
import { buildConfigSchema } from './schema';
import type { ConfigData, DocumentSettings, FileConfig, PresetName, RuleEntry } from './types';

export function normalizeEntry(entry: RuleEntry): { severity?: SeveritySetting; options?: Record<string, unknown> } {
  if (typeof entry === 'string') return { severity: entry };
  if (Array.isArray(entry)) return { severity: entry[0], options: entry[1] };
  return entry;
}

function presetsOf(data: ConfigData | null): PresetName[] {
  const raw = data?.extends;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((p) => p.replace(/^tenderlint:/, '') as PresetName);
}

export interface CommandLineConfig {
  rules?: Record<string, RuleEntry>;
  settings?: DocumentSettings;
  /** `--preset`: the preset used when the config file extends none (or there is no config file). */
  preset?: PresetName;
}

/**
 * The configuration for one file. `relativePath` is the file's path relative to the config file's folder,
 * with forward slashes; override globs are matched against it.
 */
export function resolveFileConfig(
  rules: readonly Rule[],
  data: ConfigData | null,
  relativePath: string,
  commandLine: CommandLineConfig = {},
): FileConfig {
  const out: FileConfig = { rules: {}, settings: {} };
  for (const rule of rules) {
    out.rules[rule.meta.id] = { severity: rule.meta.severity, options: { ...rule.meta.options.defaults } };
  }
  const layer = (entries: Record<string, RuleEntry> | undefined) => {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const target = out.rules[id];
      if (!target) continue;
      const { severity, options } = normalizeEntry(entry);
      if (severity) target.severity = severity;
      if (options) target.options = { ...target.options, ...options };
    }
  };
  const presets = presetsOf(data);
  for (const preset of presets.length ? presets : commandLine.preset ? [commandLine.preset] : []) layer(presetRules(preset, rules));
  layer(data?.rules);
  Object.assign(out.settings, data?.settings);
  for (const override of data?.overrides ?? []) {
    if (!matchesOverride(override.files, override.excludedFiles, relativePath)) continue;
    layer(override.rules);
    Object.assign(out.settings, override.settings);
  }
  layer(commandLine.rules);
  Object.assign(out.settings, commandLine.settings);
  return out;
}

function matchesOverride(files: string | string[], excluded: string | string[] | undefined, path: string): boolean {
  const opts = { dot: true, matchBase: false };
  const toList = (g: string | string[]) => (Array.isArray(g) ? g : [g]);
  // A pattern without a slash matches at any depth, as in .gitignore and ESLint's overrides.
  const expand = (g: string) => (g.includes('/') ? g : `**/${g}`);
  const hit = picomatch(toList(files).map(expand), opts)(path);
  if (!hit) return false;
  if (excluded && picomatch(toList(excluded).map(expand), opts)(path)) return false;
  return true;
}

let cached: { rules: readonly Rule[]; validate: ValidateFunction } | null = null;

/** Validates config data against the generated schema; returns readable problems ("rules.foo/bar: unknown rule"). */
export function validateConfig(data: unknown, rules: readonly Rule[]): string[] {
  if (!cached || cached.rules !== rules) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    cached = { rules, validate: ajv.compile(buildConfigSchema(rules)) };
  }
  if (cached.validate(data)) return [];
  return describeErrors(cached.validate.errors ?? []);
}

function describeErrors(errors: ErrorObject[]): string[] {
  const out = new Set<string>();
  // oneOf failures repeat each branch's error; keep the most specific messages.
  const specific = errors.filter((e) => e.keyword !== 'oneOf');
  for (const e of specific.length ? specific : errors) {
    const where = e.instancePath.replace(/^\//, '').replace(/\//g, '.').replace(/~1/g, '/') || '(top level)';
    if (e.keyword === 'additionalProperties') {
      const prop = String((e.params as { additionalProperty: string }).additionalProperty);
      out.add(where.endsWith('rules') ? `${where}: unknown rule "${prop}"` : `${where}: unknown property "${prop}"`);
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      out.add(`${where}: must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
    } else {
      out.add(`${where}: ${e.message ?? 'is invalid'}`);
    }
  }
  return [...out];
}
