/** The report's HTML: self-contained, escaped, under a strict Content Security Policy, charts labelled. */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import { buildReportModel, renderCombinedPage, renderReportPage, renderSummaryPage } from '../../core/report/index';
import { rules } from '../../rules/index';
import { lintWith } from '../helpers/lint';

const META = new Map(rules.map((r) => [r.meta.id, r.meta]));

const HOSTILE = `---
tenderlint:
  regime: pa2023
  procedure: open
---

# Invitation to Tender: <script>alert(1)</script> Services

## Timetable

| Activity | Date |
| --- | --- |
| ITT issued \\<img src=x onerror=alert(2)\\> | Monday 4 January 2027 |
| Deadline for submission of tenders "quoted" & more | 12:00 noon, Friday 22 January 2027 |

## Evaluation

| Criterion | Weighting |
| --- | --- |
| Price <b>bold</b> | 50% |
| Quality | 40% |
| Social value | 5% |
`;

function model(text = HOSTILE) {
  const config = resolveFileConfig(rules, null, 'test.md');
  const out = lintWith(text, config);
  return buildReportModel({ name: 'x<y>.md', facts: out.facts, settings: out.settings, findings: out.findings, rules: META, config, text });
}

describe('report HTML', () => {
  const html = renderReportPage(model(), { mode: 'file', nonce: 'abc123' });

  it('escapes every string read from the document', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('ITT issued &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('x&lt;y&gt;.md');
  });

  it('is self-contained under a strict policy: no remote resources, no style attributes, style by nonce', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;/);
    expect(html).toContain('<style nonce="abc123">');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/<(?:link|img|iframe|object)\b/);
    expect(html).not.toMatch(/\ssrc="/);
    // A file needs no script at all.
    expect(html).not.toContain('<script');
    // Links lead only to the rule documentation or within the page.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href!).toMatch(/^#|^https:\/\/github\.com\/tenderlint\/tenderlint\/blob\/main\/docs\/rules\//);
  });

  it('labels the charts and the sections, and names severities in words, not colour alone', () => {
    for (const h of ['Timeline', 'Award weighting', 'Burden on a small bidder', 'Findings by family and severity']) expect(html).toContain(`>${h}</h2>`);
    expect(html).toMatch(/<svg class="chart timeline"[^>]*role="img"[^>]*aria-labelledby="/);
    expect(html).toMatch(/<svg class="chart award"[^>]*role="img"/);
    expect(html).toContain('Statutory minimum');
    expect(html).toContain('missing 5%');
    expect(html).toContain('Social value ★');
    expect(html).toMatch(/class="sev-error">Error</);
    expect(html).toContain('@page{size:A4');
  });

  it('in the webview, allows its cspSource and its own script, and makes places in the document reveal links', () => {
    const web = renderReportPage(model(), { mode: 'webview', nonce: 'n0nce', cspSource: 'https://webview.example' });
    expect(web).toContain("script-src &#39;nonce-n0nce&#39;");
    expect(web).toContain('style-src https://webview.example &#39;nonce-n0nce&#39;');
    expect(web).toContain('<script nonce="n0nce">');
    expect(web).toMatch(/<a href="#" class="reveal" data-sl="\d+" data-sc="\d+" data-el="\d+" data-ec="\d+"/);
    expect(web.match(/<script/g)!.length).toBe(1);
    // The script parses, and posts the link's range (0-based) when a reveal link is clicked.
    const script = /<script nonce="n0nce">([\s\S]*?)<\/script>/.exec(web)![1]!;
    const posted: unknown[] = [];
    let onClick: ((e: unknown) => void) | null = null;
    const link = { getAttribute: (k: string) => ({ 'data-sl': '4', 'data-sc': '2', 'data-el': '4', 'data-ec': '9' })[k] ?? null };
    new Function('acquireVsCodeApi', 'document', 'window', script)(
      () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined }),
      { title: 'x', addEventListener: (_: string, fn: (e: unknown) => void) => (onClick = fn) },
      { scrollTo: () => undefined, addEventListener: () => undefined, scrollY: 0 },
    );
    let prevented = false;
    onClick!({ target: { closest: () => link }, preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(posted).toEqual([{ command: 'reveal', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } } }]);
  });

  it('draws a summary page linking to each document, and one page holding several', () => {
    const m = model();
    const summary = renderSummaryPage([{ name: 'a.md', href: 'a.html', model: m }, { name: 'b.md', href: 'b.html', model: m }], { mode: 'file', nonce: 'x' });
    expect(summary).toContain('<a href="a.html">a.md</a>');
    expect(summary).toContain('<a href="b.html">b.md</a>');
    expect(summary).toContain('2 documents');
    const combined = renderCombinedPage([{ name: 'a.md', href: '', model: m }, { name: 'b.md', href: '', model: m }], { mode: 'file', nonce: 'x' });
    expect(combined).toContain('<a href="#doc-2">b.md</a>');
    // Chart ids stay unique when several reports share a page.
    const ids = [...combined.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
