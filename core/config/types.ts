import type { DocKind, Nation, Procedure, Regime } from '../facts/types';
import type { Buyer } from '../facts/types';
import type { SeveritySetting } from '../engine/types';

export const PRESETS = ['recommended', 'vcs-friendly', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

/** A rule's entry in a config: a severity, `[severity, options]`, or `{ severity?, options? }`. */
export type RuleEntry =
  | SeveritySetting
  | [SeveritySetting]
  | [SeveritySetting, Record<string, unknown>]
  | { severity?: SeveritySetting; options?: Record<string, unknown> };

export interface DocumentSettings {
  kind?: DocKind;
  regime?: Regime;
  procedure?: Procedure;
  nation?: Nation;
  buyer?: Buyer;
  /** The document is a template: well-formed placeholders are its fields, not gaps (see `drafting/placeholder`). */
  template?: boolean;
}

export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  settings?: DocumentSettings;
  rules?: Record<string, RuleEntry>;
}

/** The contents of `.tenderlint.yaml` / `.tenderlint.json` / the `tenderlint` key of package.json. */
export interface ConfigData {
  $schema?: string;
  extends?: PresetName | `tenderlint:${PresetName}` | Array<PresetName | `tenderlint:${PresetName}`>;
  settings?: DocumentSettings;
  rules?: Record<string, RuleEntry>;
  overrides?: ConfigOverride[];
  ignorePatterns?: string[];
}

/** A rule as configured for one file. */
export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** What the engine needs for one file: every rule's severity and options, and settings defaults. */
export interface FileConfig {
  rules: Record<string, RuleConfig>;
  settings: DocumentSettings;
}
