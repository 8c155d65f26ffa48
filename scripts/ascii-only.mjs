// Used by scripts/bundle.mjs on what esbuild writes (tested in test/bundle-ascii.test.ts).
/**
 * Every character outside ASCII as a `\uXXXX` escape (UTF-16 code units, so a pair for characters beyond the BMP,
 * which regular expressions with and without the `u` flag read as the same character). A character escaped with a
 * backslash in a regular expression (`\–`) loses that backslash, which would otherwise escape the new one.
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return kept + '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  });
}
