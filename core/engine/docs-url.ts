/** Where rule documentation is published (the generated pages under docs/rules/). */
export const REPOSITORY_URL = 'https://github.com/tenderlint/tenderlint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
