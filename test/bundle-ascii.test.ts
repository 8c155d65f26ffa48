import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { asciiOnly } from '../scripts/ascii-only.mjs';

const escape = asciiOnly as (code: string) => string;

describe('asciiOnly (bundles written in ASCII)', () => {
  // Each source as a regular expression: the escaped source must match exactly what the original matches.
  const cases: Array<{ name: string; source: string; flags: string; samples: string[] }> = [
    { name: 'dashes in a class', source: '\\d+\\s*[-–—]\\s*\\d+', flags: '', samples: ['1 – 2', '1—2', '1-2', '1 ~ 2'] },
    { name: 'a pound sign in a lookbehind', source: '(?<![\\w.,£$€])\\d+', flags: '', samples: ['£5', '€5', ' 5', 'a5'] },
    { name: 'a curly apostrophe', source: "can['’]t", flags: 'i', samples: ["can't", 'can’t', 'cant'] },
    { name: 'a character escaped with a backslash', source: '\\–|\\’', flags: '', samples: ['–', '’', '\\', 'u2013'] },
    { name: 'an escaped backslash before a character', source: '\\\\–', flags: '', samples: ['\\–', '–'] },
    { name: 'a character beyond the BMP, with the u flag', source: '[😀é]+', flags: 'u', samples: ['😀😀', 'é', 'e'] },
    { name: 'a character beyond the BMP, without it', source: '😀', flags: '', samples: ['😀', '\ud83d'] },
  ];
  it.each(cases)('$name: ASCII, and matches what the original matches', ({ source, flags, samples }) => {
    const escaped = escape(source);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    const original = new RegExp(source, flags);
    const copy = new RegExp(escaped, flags);
    for (const s of samples) expect(copy.exec(s)?.[0], s).toBe(original.exec(s)?.[0]);
  });

  it('leaves ASCII text as it is', () => {
    const code = 'var a=/x\\u2013y/g,b="\\xE9";';
    expect(escape(code)).toBe(code);
  });
});

const dist = join(__dirname, '..', 'dist');
const bundles = existsSync(dist) ? readdirSync(dist).filter((n) => n.endsWith('.cjs')) : [];

describe.skipIf(bundles.length === 0)('the bundles (skipped until `npm run build` has written dist/)', () => {
  it.each(bundles)('%s is ASCII only, so V8 keeps its source as a one-byte string', (name) => {
    const text = readFileSync(join(dist, name), 'utf8');
    const first = text.search(/[^\x00-\x7f]/);
    expect(first === -1 ? null : text.slice(Math.max(0, first - 40), first + 10)).toBeNull();
  });
});
