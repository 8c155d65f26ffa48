/**
 * Document settings, from (highest first): the front matter's `tenderlint:` block, the config file
 * (including overrides and command-line flags), detection from the document's wording, then defaults.
 */
import { BUYERS, DOC_KINDS, NATIONS, PROCEDURES, REGIMES } from '../facts/types';
import type { DetectedSettings } from '../facts/types';
import type { ResolvedSettings, SettingSource } from '../engine/types';
import type { FrontMatter } from '../model/types';
import type { DocumentSettings } from './types';

const DEFAULTS = { kind: 'mixed', regime: 'pa2023', procedure: null, nation: 'england-wales', buyer: null } as const;
const ALLOWED: Record<Exclude<keyof DocumentSettings, 'template'>, readonly string[]> = {
  kind: DOC_KINDS,
  regime: REGIMES,
  procedure: PROCEDURES,
  nation: NATIONS,
  buyer: BUYERS,
};
const KEYS = ['kind', 'regime', 'procedure', 'nation', 'buyer'] as const;
/** Every key of the front matter's `tenderlint:` block: the settings above, and `template` (true or false). */
const ALL_KEYS = [...KEYS, 'template'] as const;

export interface SettingsProblem {
  message: string;
}

/** Reads and checks the `tenderlint:` block of front matter. */
export function frontMatterSettings(frontMatter: FrontMatter | null): { settings: DocumentSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: DocumentSettings = {};
  if (!frontMatter) return { settings, problems };
  if (frontMatter.error) {
    problems.push(`Front matter is not valid YAML (${frontMatter.error}); document settings in it are ignored.`);
    return { settings, problems };
  }
  const block = frontMatter.data?.['tenderlint'];
  if (block === undefined || block === null) return { settings, problems };
  if (typeof block !== 'object' || Array.isArray(block)) {
    problems.push('The front matter "tenderlint:" entry must be a mapping such as "kind: itt".');
    return { settings, problems };
  }
  for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
    if (!(ALL_KEYS as readonly string[]).includes(key)) {
      problems.push(`Unknown front matter setting "tenderlint.${key}"; known settings are ${ALL_KEYS.join(', ')}.`);
      continue;
    }
    if (key === 'template') {
      if (typeof value === 'boolean') settings.template = value;
      else problems.push(`Front matter "tenderlint.template: ${String(value)}" must be true or false.`);
      continue;
    }
    const allowed = ALLOWED[key as (typeof KEYS)[number]];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      problems.push(`Front matter "tenderlint.${key}: ${String(value)}" is not one of ${allowed.join(', ')}.`);
      continue;
    }
    (settings as Record<string, string>)[key] = value;
  }
  return { settings, problems };
}

/** Whether a document is a template, before its facts are read (the facts of a template skip placeholder values). */
export function isTemplate(front: DocumentSettings, config: DocumentSettings): boolean {
  return front.template ?? config.template ?? false;
}

export function resolveSettings(
  front: DocumentSettings,
  config: DocumentSettings,
  detected: DetectedSettings,
): ResolvedSettings {
  const out = { ...DEFAULTS, sources: {} } as unknown as ResolvedSettings;
  const sources = {} as Record<(typeof KEYS)[number], SettingSource>;
  for (const key of KEYS) {
    const chosen: [unknown, SettingSource] =
      front[key] !== undefined
        ? [front[key], 'front-matter']
        : config[key] !== undefined
          ? [config[key], 'config']
          : detected[key] !== undefined
            ? [detected[key], 'detected']
            : [DEFAULTS[key], 'default'];
    (out as unknown as Record<string, unknown>)[key] = chosen[0];
    sources[key] = chosen[1];
  }
  // A template is said so, never guessed from the wording.
  const template: [boolean, SettingSource] =
    front.template !== undefined ? [front.template, 'front-matter'] : config.template !== undefined ? [config.template, 'config'] : [false, 'default'];
  out.template = template[0];
  out.sources = { ...sources, template: template[1] };
  return out;
}
