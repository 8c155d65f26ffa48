/** The config file's JSON Schema, generated from rule metadata (published as `schema/tenderlint.schema.json`). */
import { BUYERS, DOC_KINDS, NATIONS, PROCEDURES, REGIMES } from '../facts/types';
import type { JsonSchema, Rule } from '../engine/types';
import { PRESETS } from './types';

const SEVERITY: JsonSchema = { enum: ['off', 'info', 'warning', 'error'] };

export const SCHEMA_ID = 'https://github.com/tenderlint/tenderlint/blob/main/schema/tenderlint.schema.json';

export function settingsSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'Document settings used when the document itself does not state them (front matter wins).',
    additionalProperties: false,
    properties: {
      kind: { enum: [...DOC_KINDS], description: 'Document kind: selection questionnaire, invitation to tender, specification, contract, bid response or mixed.' },
      regime: { enum: [...REGIMES], description: 'Procurement regime (default pa2023, the Procurement Act 2023).' },
      procedure: { enum: [...PROCEDURES], description: 'Procurement procedure.' },
      nation: { enum: [...NATIONS], description: 'Nation whose bank holidays apply (default england-wales).' },
      buyer: { enum: [...BUYERS], description: 'Who is buying; central-government makes social value (PPN 002: at least 10%) required.' },
      template: {
        type: 'boolean',
        description: 'The document is a template: well-formed placeholders are its fields, not gaps; placeholders in another style, malformed or mixed ones are reported, and placeholder values are never read as facts.',
      },
    },
  };
}

function ruleEntrySchema(rule: Rule): JsonSchema {
  const options = rule.meta.options.schema;
  return {
    description: `${rule.meta.description} (default: ${rule.meta.severity})`,
    oneOf: [
      SEVERITY,
      { type: 'array', prefixItems: [SEVERITY, options], items: false, minItems: 1 },
      {
        type: 'object',
        additionalProperties: false,
        properties: { severity: SEVERITY, options },
      },
    ],
  };
}

function rulesSchema(rules: readonly Rule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const rule of rules) properties[rule.meta.id] = ruleEntrySchema(rule);
  return { type: 'object', description: 'Severity and options per rule id.', additionalProperties: false, properties };
}

export function buildConfigSchema(rules: readonly Rule[]): JsonSchema {
  const preset = { enum: [...PRESETS, ...PRESETS.map((p) => `tenderlint:${p}`)] };
  const globs = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'tenderlint configuration',
    description: 'Configuration for tenderlint (.tenderlint.yaml, .tenderlint.json or the "tenderlint" key of package.json).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Preset(s) to start from: recommended (default), vcs-friendly, strict.',
        oneOf: [preset, { type: 'array', items: preset }],
      },
      settings: settingsSchema(),
      rules: rulesSchema(rules),
      overrides: {
        type: 'array',
        description: 'Settings and rules for files matching globs (relative to the config file).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: globs, excludedFiles: globs, settings: settingsSchema(), rules: rulesSchema(rules) },
        },
      },
      ignorePatterns: {
        type: 'array',
        items: { type: 'string' },
        description: 'Files and folders to skip (gitignore syntax, relative to the config file).',
      },
    },
  };
}
