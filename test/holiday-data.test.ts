/**
 * The bundles carry only the United Kingdom's holidays and time zone (scripts/bundle-data.mjs). These tests check
 * the filtered data gives exactly the bank holidays of the full data, and that the bundled CLI still finds them.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import HolidaysParser from 'date-holidays-parser';
import { data } from 'date-holidays/data';
// @ts-expect-error plain JavaScript build script without types
import { filterHolidayData, filterZoneData, zonesOf } from '../scripts/bundle-data.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CLI = join(__dirname, '..', 'dist', 'cli.cjs');

type Day = { date: string; name: string; type: string };
const days = (list: Day[]) => list.map((h) => `${h.date} ${h.type} ${h.name}`);

describe('filtered holiday data', () => {
  const filtered = filterHolidayData(data) as typeof data;

  it('keeps Great Britain only', () => {
    expect(Object.keys(filtered.holidays)).toEqual(['GB']);
    expect(Object.keys(data.holidays).length).toBeGreaterThan(100);
  });

  it.each(['ENG', 'WLS', 'SCT', 'NIR'])('gives the same %s holidays as the full data, 2000–2040', (state) => {
    const full = new Holidays('GB', state);
    const small = new HolidaysParser(filtered, 'GB', state);
    for (let year = 2000; year <= 2040; year++) {
      expect(days(small.getHolidays(year) as Day[])).toEqual(days(full.getHolidays(year) as Day[]));
    }
  });

  it('refuses a country the data does not have', () => {
    expect(() => filterHolidayData(data, ['XX'])).toThrow(/no data for XX/);
  });

  it('keeps the Europe/London zone and its links, and no other zone', () => {
    const packed = require('moment-timezone/data/packed/latest.json') as { zones: string[]; links: string[]; countries: string[] };
    const zones = filterZoneData(packed, zonesOf(filtered)) as { zones: string[]; links: string[]; countries: string[] };
    expect(zones.zones.map((z) => z.split('|')[0])).toEqual(['Europe/London']);
    expect(zones.links).toContain('Europe/London|GB');
    expect(zones.links.every((l) => l.startsWith('Europe/London|'))).toBe(true);
    expect(zones.countries).toContain('GB|Europe/London');
  });
});

describe('bundled CLI with the filtered data', () => {
  it('still finds bank holidays in England and in Scotland', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-holidays-'));
    const table = (deadline: string) => `# Invitation to tender\n\n## Timetable\n\n| Event | Date |\n| --- | --- |\n| Clarification questions close | 10 July 2026 |\n| Tender submission deadline | ${deadline} |\n`;
    writeFileSync(join(dir, 'england.md'), table('31 August 2026'));
    writeFileSync(join(dir, 'scotland.md'), `---\ntenderlint:\n  nation: scotland\n---\n${table('3 August 2026')}`);
    writeFileSync(join(dir, 'working-day.md'), table('1 September 2026'));
    const r = spawnSync(process.execPath, [CLI, dir, '--format', 'json'], { encoding: 'utf8' });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const holidayIn = (name: string) => results.find((f) => f.filePath.endsWith(name))!.messages.filter((m) => m.ruleId === 'lead-in/non-working-day');
    expect(holidayIn('england.md').map((m) => m.message).join()).toMatch(/Summer bank holiday/);
    expect(holidayIn('scotland.md').map((m) => m.message).join()).toMatch(/Summer bank holiday/);
    expect(holidayIn('working-day.md')).toEqual([]);
  });
});
