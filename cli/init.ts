/**
 * `tenderlint --init`: writes a starter `.tenderlint.yaml` in the working folder — a preset, the document
 * settings most teams state once, and an override marking a templates folder as templates — and refuses to
 * overwrite a config that is already there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PresetName } from '../core/config/types';
import { CONFIG_FILE_NAMES } from '../host/config-files';

export const STARTER_FILE = '.tenderlint.yaml';

export function starterConfig(preset: PresetName = 'recommended'): string {
  return `# tenderlint configuration (https://github.com/tenderlint/tenderlint#configuration)
$schema: https://raw.githubusercontent.com/tenderlint/tenderlint/main/schema/tenderlint.schema.json
extends: ${preset}              # recommended, vcs-friendly or strict

# Defaults for documents that do not state them in their front matter.
settings:
  regime: pa2023               # pa2023, pcr2015, pcsr2015, below-threshold
  nation: england-wales        # england-wales, scotland, northern-ireland (bank holidays)
  # buyer: local-authority     # central-government, local-authority, nhs, other-public-body

overrides:
  # Templates are full of placeholders by design: check their style and shape, not that they are filled in.
  - files: "templates/**"
    settings: { template: true }
    # rules:
    #   drafting/placeholder: [error, { styles: [bracket, mustache] }]

ignorePatterns:
  - node_modules/
`;
}

/** Writes the starter config; 0 when written, 2 when a config is already there. */
export function writeStarterConfig(io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }, preset?: PresetName): number {
  const existing: string[] = CONFIG_FILE_NAMES.filter((name) => name !== 'package.json' && existsSync(join(io.cwd, name)));
  if (hasPackageConfig(io.cwd)) existing.push('package.json ("tenderlint" key)');
  if (existing.length) {
    io.stderr(`tenderlint: --init: this folder already has a config (${existing.join(', ')}); it was left as it is.\n`);
    return 2;
  }
  try {
    writeFileSync(join(io.cwd, STARTER_FILE), starterConfig(preset), { encoding: 'utf8', flag: 'wx' });
  } catch (err) {
    io.stderr(`tenderlint: --init: could not write ${STARTER_FILE}: ${(err as Error).message}\n`);
    return 2;
  }
  io.stdout(`Wrote ${STARTER_FILE}: preset ${preset ?? 'recommended'}, document settings, and templates/** checked as templates. Run tenderlint to check the folder.\n`);
  return 0;
}

function hasPackageConfig(cwd: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as Record<string, unknown>;
    return pkg['tenderlint'] !== undefined;
  } catch {
    return false;
  }
}
