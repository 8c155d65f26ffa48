// What the bundles carry of two data-heavy dependencies: date-holidays ships the holidays of about 200 countries
// and moment-timezone (which date-holidays-parser loads) the whole IANA zone database, each loaded into every
// process and worker. tenderlint reads the United Kingdom's bank holidays only, so the bundles keep GB and its
// zone, Europe/London: the same libraries, less data, as moment-timezone's own guide to filtering data advises.
// `test/holiday-data.test.ts` checks the filtered data gives the same bank holidays as the full set.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The countries whose holidays are kept. */
export const COUNTRIES = ['GB'];

/** date-holidays' data object with only `countries`' holidays (names of holiday types are kept whole). */
export function filterHolidayData(data, countries = COUNTRIES) {
  const holidays = {};
  for (const code of countries) {
    if (!data.holidays[code]) throw new Error(`date-holidays has no data for ${code}`);
    holidays[code] = data.holidays[code];
  }
  return { ...data, holidays };
}

/** The time zones the kept countries use. */
export function zonesOf(holidayData) {
  return [...new Set(Object.values(holidayData.holidays).flatMap((c) => c.zones ?? []))];
}

/** moment-timezone's packed data with only `zones`, their links and their countries. */
export function filterZoneData(packed, zones) {
  const keep = new Set(zones);
  return {
    version: packed.version,
    zones: packed.zones.filter((z) => keep.has(z.split('|')[0])),
    links: packed.links.filter((l) => keep.has(l.split('|')[0])),
    countries: (packed.countries ?? []).filter((c) => c.split('|')[1]?.split(' ').some((z) => keep.has(z))),
  };
}

/** esbuild plugin: replaces the two data modules with the filtered data. */
export function filteredDataPlugin() {
  const require = createRequire(import.meta.url);
  return {
    name: 'tenderlint-filtered-data',
    setup(build) {
      let holidayData;
      const holidays = async () => {
        if (!holidayData) {
          const { data } = await import('date-holidays/data');
          holidayData = filterHolidayData(data);
        }
        return holidayData;
      };
      // date-holidays/src/data.js (ESM, `export const data`) and lib/data.cjs (CommonJS, `exports.data`).
      build.onLoad({ filter: /[\\/]date-holidays[\\/](?:src[\\/]data\.js|lib[\\/]data\.cjs)$/ }, async (args) => {
        const json = JSON.stringify(await holidays());
        const contents = args.path.endsWith('.cjs') ? `exports.data = ${json};` : `export const data = ${json};`;
        return { contents, loader: 'js' };
      });
      // moment-timezone/index.js: the library without its data, then only the zones kept.
      build.onLoad({ filter: /[\\/]moment-timezone[\\/]index\.js$/ }, async (args) => {
        const packed = JSON.parse(readFileSync(require.resolve('moment-timezone/data/packed/latest.json'), 'utf8'));
        const zones = filterZoneData(packed, zonesOf(await holidays()));
        const contents = `var moment = module.exports = require('./moment-timezone');\nmoment.tz.load(${JSON.stringify(zones)});\n`;
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
