/**
 * Finding and reading config files: `.tenderlint.yaml`, `.tenderlint.yml`, `.tenderlint.json`, or a
 * `"tenderlint"` key in package.json, in the file's folder or the nearest folder above it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateConfig } from '../core/config/resolve';
import type { ConfigData } from '../core/config/types';
import type { Rule } from '../core/engine/types';

export const CONFIG_FILE_NAMES = ['.tenderlint.yaml', '.tenderlint.yml', '.tenderlint.json', 'package.json'] as const;

export interface LoadedConfig {
  /** Absolute path of the config file. */
  path: string;
  /** Folder override globs and ignore patterns are relative to. */
  dir: string;
  data: ConfigData;
}

/** A config file that could not be used; the message names the file and says what to do. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid config file ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the file (see the JSON Schema in schema/tenderlint.schema.json) and run again.`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates one config file. Throws ConfigError. Returns null for a package.json without the key. */
export function readConfigFile(path: string, rules: readonly Rule[]): LoadedConfig | null {
  const abs = resolve(path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new ConfigError(abs, [`cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(abs) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new ConfigError(abs, [`is not valid ${/\.ya?ml$/i.test(abs) ? 'YAML' : 'JSON'}: ${(err as Error).message.split('\n')[0]}`]);
  }
  if (abs.endsWith('package.json')) {
    if (!data || typeof data !== 'object' || !('tenderlint' in data)) return null;
    data = (data as Record<string, unknown>)['tenderlint'];
  }
  if (data === null || data === undefined) data = {};
  const problems = validateConfig(data, rules);
  if (problems.length) throw new ConfigError(abs, problems);
  return { path: abs, dir: dirname(abs), data: data as ConfigData };
}

/** Looks for a config file in `startDir` and its parents, nearest first. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate)) continue;
      if (name === 'package.json' && !packageJsonHasConfig(candidate)) continue;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function packageJsonHasConfig(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return !!data && typeof data === 'object' && 'tenderlint' in data;
  } catch {
    return false;
  }
}

/** Caches config lookups per folder for one run. */
export class ConfigCache {
  private byDir = new Map<string, string | null>();
  private byPath = new Map<string, LoadedConfig | null | ConfigError>();

  constructor(private readonly rules: readonly Rule[]) {}

  /** The config that applies to a file (or the explicit one), or null for defaults. Throws ConfigError. */
  forFile(filePath: string, explicit?: string): LoadedConfig | null {
    const path = explicit ? resolve(explicit) : this.lookup(dirname(resolve(filePath)));
    if (!path) return null;
    let loaded = this.byPath.get(path);
    if (loaded === undefined) {
      try {
        loaded = readConfigFile(path, this.rules);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        loaded = err;
      }
      this.byPath.set(path, loaded);
    }
    if (loaded instanceof ConfigError) throw loaded;
    return loaded;
  }

  private lookup(dir: string): string | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir)!;
    const found = findConfigFile(dir);
    this.byDir.set(dir, found);
    return found;
  }
}
