import type { Formatter } from '../../host/types';
import { github } from './github';
import { gitlab } from './gitlab';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab' | 'junit' | 'html';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, gitlab, junit, html };

/** The format names, in the order shown in `--help`. */
export const formatNames = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

export { github, gitlab, json, junit, sarif, stylish };
export { createStylish, shouldUseColor } from './stylish';
export { toJsonResults } from './json';
export type { JsonMessage, JsonResult, JsonSuppressedMessage } from './json';
