// Types for the two date-holidays entry points the holiday-data test reads: their packages ship none that
// resolve under "exports".
declare module 'date-holidays/data' {
  export const data: { version: string; license: string; holidays: Record<string, { zones?: string[] }>; names?: unknown };
}
declare module 'date-holidays-parser' {
  export default class HolidaysParser {
    constructor(data: unknown, country: string, state?: string);
    getHolidays(year: number): { date: string; name: string; type: string }[];
  }
}
