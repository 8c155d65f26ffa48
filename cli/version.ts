declare const __TENDERLINT_VERSION__: string | undefined;

/** Set from package.json by the bundler (scripts/bundle.mjs) and the test config. */
export const VERSION: string = typeof __TENDERLINT_VERSION__ !== 'undefined' ? __TENDERLINT_VERSION__ : '0.0.0-dev';
export { docsUrl } from '../core/engine/docs-url';
