/**
 * Draws the tender report (`ReportModel`) as one self-contained HTML page: inline CSS under a nonce, inline SVG
 * charts (`svg.ts`), no network. The same page serves as a file (the CLI: rule names link to their
 * documentation) and as the VS Code webview (places in the document are links that ask the editor to reveal
 * them, through a small nonce'd script). Every string from the document is escaped.
 */
import { formatDay } from '../facts/calendar';
import { awardSvg, badgeLetter, esc, timelineSvg } from './svg';
import type { ReportFinding, ReportModel } from './types';

export interface RenderOptions {
  /** `file`: a page on its own; `webview`: inside VS Code, where places in the document are revealed. */
  mode: 'file' | 'webview';
  /** Nonce of the page's style (and, in the webview, script) element. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource?: string;
  /** A link back to the summary page of a folder or pack. */
  indexHref?: string;
}

export interface SummaryEntry {
  name: string;
  href: string;
  model: ReportModel;
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Information' } as const;

export function csp(options: RenderOptions): string {
  const src = options.cspSource ? `${options.cspSource} ` : '';
  const script = options.mode === 'webview' ? `; script-src 'nonce-${options.nonce}'` : '';
  return `default-src 'none'; style-src ${src}'nonce-${options.nonce}'; img-src ${src}data:${script}; base-uri 'none'; form-action 'none'`;
}

function page(title: string, body: string, options: RenderOptions): string {
  const script = options.mode === 'webview' ? `<script nonce="${esc(options.nonce)}">${WEBVIEW_SCRIPT}</script>` : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style nonce="${esc(options.nonce)}">${CSS}</style>
</head>
<body>
${body}
${script}
</body>
</html>
`;
}

export function renderReportPage(model: ReportModel, options: RenderOptions): string {
  const back = options.indexHref ? `<p class="back noprint"><a href="${esc(options.indexHref)}">← All documents</a></p>` : '';
  return page(`Tender report: ${model.name}`, `${back}${renderReportBody(model, options, 'r')}`, options);
}

/** Several documents in one page (`--format html` to stdout): the summary, then each report. */
export function renderCombinedPage(entries: SummaryEntry[], options: RenderOptions): string {
  const body = entries.map((e, i) => `<article id="doc-${i + 1}" class="doc">${renderReportBody(e.model, options, `d${i + 1}`)}</article>`).join('\n');
  return page('Tender reports', `${summaryBody(entries.map((e, i) => ({ ...e, href: `#doc-${i + 1}` })))}\n${body}`, options);
}

export function renderSummaryPage(entries: SummaryEntry[], options: RenderOptions): string {
  return page('Tender reports', summaryBody(entries), options);
}

function summaryBody(entries: SummaryEntry[]): string {
  const rows = entries.map((e) => {
    const m = e.model;
    const period = m.timeline?.period ? `${m.timeline.period.days} days${m.timeline.statutory?.shortBy ? ` (statutory minimum ${m.timeline.statutory.days}: short by ${m.timeline.statutory.shortBy})` : ''}` : '—';
    const sv = m.award.charts.find((c) => c.socialValueShare !== null)?.socialValueShare;
    return `<tr><td><a href="${esc(e.href)}">${esc(e.name)}</a></td><td>${esc(m.kind)}</td><td>${esc(m.regime)}</td><td class="num">${m.counts.error}</td><td class="num">${m.counts.warning}</td><td class="num">${m.counts.info}</td><td>${esc(period)}</td><td>${sv === undefined || sv === null ? '—' : `${sv}%`}</td></tr>`;
  });
  const totals = entries.reduce((t, e) => ({ error: t.error + e.model.counts.error, warning: t.warning + e.model.counts.warning, info: t.info + e.model.counts.info }), { error: 0, warning: 0, info: 0 });
  return `<header><h1>Tender reports</h1><p>${entries.length} document${entries.length === 1 ? '' : 's'}: ${countsText(totals)}.</p></header>
<section aria-labelledby="summary-h"><h2 id="summary-h">Documents</h2>
<table class="data"><caption>Every document checked, with its findings by severity</caption>
<thead><tr><th scope="col">Document</th><th scope="col">Kind</th><th scope="col">Regime</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Information</th><th scope="col">Tender period</th><th scope="col">Social value</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></section>`;
}

function countsText(c: { error: number; warning: number; info: number }): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${n(c.error, 'error', 'errors')}, ${n(c.warning, 'warning', 'warnings')}, ${c.info} information`;
}

function badge(f: ReportFinding, options: RenderOptions, id: string): string {
  const text = `${badgeLetter(f)}${f.number}`;
  return `<a class="badge ${f.severity}" href="#${id}-f${f.number}" title="${esc(`${SEVERITY_WORD[f.severity]}: ${f.message}`)}">${text}</a>`;
}

function badgesFor(numbers: number[], byNumber: Map<number, ReportFinding>, options: RenderOptions, id: string): string {
  const list = numbers.map((n) => byNumber.get(n)).filter((f): f is ReportFinding => !!f);
  return list.length ? list.map((f) => badge(f, options, id)).join(' ') : '<span class="none">none</span>';
}

/** A place in the document: a reveal link in the webview, plain text in a file. */
function place(line: number | null, options: RenderOptions, range?: ReportFinding['range']): string {
  if (line === null) return '—';
  const text = range ? `line ${range.start.line}:${range.start.column}` : `line ${line}`;
  if (options.mode !== 'webview') return esc(text);
  const r = range ?? { start: { line, column: 1 }, end: { line, column: 1 } };
  return `<a href="#" class="reveal" data-sl="${r.start.line - 1}" data-sc="${r.start.column - 1}" data-el="${r.end.line - 1}" data-ec="${r.end.column - 1}" title="Show in the document">${esc(text)}</a>`;
}

export function renderReportBody(model: ReportModel, options: RenderOptions, id: string): string {
  const byNumber = new Map(model.findings.map((f) => [f.number, f]));
  const parts: string[] = [];
  parts.push(`<header><h1>Tender report: ${esc(model.name)}</h1><p class="settings">${esc(model.settingsLine)}</p>
<p class="counts"><span class="pill error">${model.counts.error} error${model.counts.error === 1 ? '' : 's'}</span> <span class="pill warning">${model.counts.warning} warning${model.counts.warning === 1 ? '' : 's'}</span> <span class="pill info">${model.counts.info} information</span></p>
<nav class="noprint" aria-label="Sections"><a href="#${id}-timeline">Timeline</a> · <a href="#${id}-award">Award weighting</a>${model.burden ? ` · <a href="#${id}-burden">Burden on a small bidder</a>` : ''}${model.response ? ` · <a href="#${id}-response">Questions</a>` : ''} · <a href="#${id}-findings">Findings</a></nav></header>`);

  // Timeline
  const t = model.timeline;
  parts.push(`<section id="${id}-timeline" aria-labelledby="${id}-timeline-h"><h2 id="${id}-timeline-h">Timeline</h2>`);
  if (!t) parts.push('<p class="empty">No dated timetable was read from this document.</p>');
  else {
    const summary: string[] = [];
    if (t.period) summary.push(`The ${t.period.stage} period runs ${t.period.days} days (${t.period.workingDays} working days) from ${formatDay(t.period.fromIso)} to ${formatDay(t.period.toIso)}.`);
    if (t.statutory) summary.push(`Statutory minimum: ${t.statutory.days} days for ${t.statutory.when} (${t.statutory.citation}${t.statutory.confirmed ? '' : ', figure not confirmed for this regime'})${t.statutory.shortBy ? ` — short by ${t.statutory.shortBy} days; the earliest lawful deadline is ${formatDay(t.statutory.endIso)}` : ' — met'}.`);
    else if (t.statutoryNote) summary.push(t.statutoryNote);
    if (t.recommended) summary.push(`Recommended minimum: ${t.recommended.days} days${t.recommended.shortBy ? ` — short by ${t.recommended.shortBy} days` : ' — met'}.`);
    if (summary.length) parts.push(`<p>${esc(summary.join(' '))}</p>`);
    parts.push(`<figure>${timelineSvg(t, model.findings, `${id}-tl`)}<figcaption><ul class="legend">
<li><span class="sw sw-period"></span>${t.period?.stage === 'participation' ? 'Participation' : 'Tender'} period</li>${t.statutory ? '<li><span class="sw sw-statutory"></span>Statutory minimum (hatched)</li>' : ''}${t.recommended ? '<li><span class="sw sw-recommended"></span>Recommended minimum (dashed)</li>' : ''}
<li><span class="sw sw-weekend"></span>Weekend</li><li><span class="sw sw-holiday"></span>Bank holiday (BH; ${esc(t.holidayArea)})</li><li>◆ event · ◇ worked out · E/W/I error, warning, information</li></ul></figcaption></figure>`);
    const rows = t.events.map(
      (e) =>
        `<tr><td>${esc(formatDay(e.iso))}${e.endIso ? ` – ${esc(formatDay(e.endIso))}` : ''}${e.time ? `, ${esc(e.time)}` : ''}${e.nonWorking ? ` <strong>(${esc(e.nonWorking)})</strong>` : ''}</td><td>${esc(e.typeLabel)}</td><td>${esc(e.label)}${e.derived ? ` <em>(${esc(e.derived)})</em>` : ''}</td><td>${place(e.line, options)}</td><td>${badgesFor(e.findings, byNumber, options, id)}</td></tr>`,
    );
    parts.push(`<table class="data"><caption>Events on the timeline</caption><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">As written</th><th scope="col">Where</th><th scope="col">Findings</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    if (t.undated.length) parts.push(`<p>Not drawn (no year): ${esc(t.undated.map((u) => `${u.typeLabel} "${u.label}" (line ${u.line})`).join('; '))}.</p>`);
    if (t.holidays.length) parts.push(`<p class="small">Bank holidays on the axis: ${esc(t.holidays.map((h) => `${h.name} (${formatDay(h.iso)})`).join(', '))}.</p>`);
  }
  const leadInOther = t ? t.otherFindings : model.findings.filter((f) => f.family === 'lead-in').map((f) => f.number);
  if (leadInOther.length) parts.push(`<p>Other lead-in findings: ${badgesFor(leadInOther, byNumber, options, id)}</p>`);
  parts.push('</section>');

  // Award weighting
  parts.push(`<section id="${id}-award" aria-labelledby="${id}-award-h"><h2 id="${id}-award-h">Award weighting</h2>`);
  if (model.award.charts.length === 0) parts.push('<p class="empty">No weighted award criteria were read from this document.</p>');
  model.award.charts.forEach((c, i) => {
    const unit = c.unit === 'percent' ? '%' : ' marks';
    const lines = [`Criteria at line ${c.line}: weights total ${c.sum}${unit}${c.expected !== null ? ` of ${c.expected}${unit}` : ''}${c.shortfall ? (c.shortfall > 0 ? `, short by ${c.shortfall}${unit}` : `, over by ${-c.shortfall}${unit}`) : ''}.`];
    if (c.socialValueShare !== null) lines.push(`Social value is ${c.socialValueShare}% of the total score (minimum used: ${model.award.socialValueMin}%${c.socialValueShare < model.award.socialValueMin ? ' — below it' : ' — met'}).`);
    else lines.push('No weighted social value criterion in this split.');
    if (c.note) lines.push(c.note);
    parts.push(`<p>${esc(lines.join(' '))}</p><figure>${awardSvg(c, model.findings, model.award.socialValueMin, `${id}-aw${i}`)}<figcaption><ul class="legend"><li><span class="sw sw-bar"></span>Criterion</li><li><span class="sw sw-price"></span>Price</li><li><span class="sw sw-sv"></span>Social value ★ (hatched)</li><li><span class="sw sw-missing"></span>Missing from the total (dashed)</li><li><span class="sw sw-min"></span>Social value minimum (${model.award.socialValueMin}%)</li></ul></figcaption></figure>`);
    if (c.findings.length) parts.push(`<p>Findings on this split: ${badgesFor(c.findings, byNumber, options, id)}</p>`);
  });
  if (model.award.otherFindings.length) parts.push(`<p>Other award and social value findings: ${badgesFor(model.award.otherFindings, byNumber, options, id)}</p>`);
  parts.push('</section>');

  // Burden
  if (model.burden) {
    const b = model.burden;
    parts.push(`<section id="${id}-burden" aria-labelledby="${id}-burden-h"><h2 id="${id}-burden-h">Burden on a small bidder</h2>`);
    parts.push(`<p>${esc(b.contractValue ? `Contract value: ${b.contractValue}.` : 'No contract value was read, so demands are not weighed against it.')}</p>`);
    if (b.rows.length) {
      const rows = b.rows.map((r) => `<tr><th scope="row">${esc(r.topic)}</th><td>${esc(r.demand)}</td><td>${r.against ? esc(r.against) : '—'}</td><td>${place(r.line, options)}</td><td>${badgesFor(r.findings, byNumber, options, id)}</td></tr>`);
      parts.push(`<table class="data"><caption>What the tender demands of bidders, with the findings beside each demand</caption><thead><tr><th scope="col">Demand</th><th scope="col">As read</th><th scope="col">Against the contract value</th><th scope="col">Where</th><th scope="col">Findings</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    } else parts.push('<p class="empty">No turnover, insurance, accounts, experience, standards or contract-risk demands were read.</p>');
    if (b.notStated.length) parts.push(`<p class="small">Not demanded (nothing read): ${esc(b.notStated.join(', ').toLowerCase())}.</p>`);
    parts.push('</section>');
  }

  // Bid response
  if (model.response) {
    parts.push(`<section id="${id}-response" aria-labelledby="${id}-response-h"><h2 id="${id}-response-h">Questions and answers</h2>`);
    if (model.response.length === 0) parts.push('<p class="empty">No questions were read from this response.</p>');
    else {
      const rows = model.response.map(
        (q) =>
          `<tr><td>${esc(q.number ?? '—')}</td><td>${esc(q.text)}</td><td>${esc(q.limit ?? 'none')}</td><td class="num">${q.count.toLocaleString('en-GB')} ${esc(q.unit)}</td><td class="state-${q.state.replace(/ /g, '-')}">${esc(q.state)}${q.over ? ` (${q.over} over)` : ''}</td><td>${place(q.line, options)}</td><td>${badgesFor(q.findings, byNumber, options, id)}</td></tr>`,
      );
      parts.push(`<table class="data"><caption>Each question with its limit, the answer's count and its state</caption><thead><tr><th scope="col">No.</th><th scope="col">Question</th><th scope="col">Limit</th><th scope="col">Count</th><th scope="col">State</th><th scope="col">Where</th><th scope="col">Findings</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    parts.push('</section>');
  }

  // Findings by family and severity
  parts.push(`<section id="${id}-findings" aria-labelledby="${id}-findings-h"><h2 id="${id}-findings-h">Findings by family and severity</h2>`);
  if (model.findings.length === 0) parts.push('<p class="empty">No findings.</p>');
  const families = [...new Set(model.findings.map((f) => f.family))].sort();
  for (const family of families) {
    const list = model.findings.filter((f) => f.family === family).sort((a, b) => order(a) - order(b) || a.number - b.number);
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of list) c[f.severity]++;
    const rows = list.map((f) => {
      const rule = f.docsUrl ? `<a href="${esc(f.docsUrl)}" rel="noopener noreferrer" target="_blank">${esc(f.ruleId)}</a>` : esc(f.ruleId);
      const fix = f.quickFix === 'fix' ? 'Automatic fix' : f.quickFix === 'suggestion' ? 'Suggested fix' : '—';
      return `<tr id="${id}-f${f.number}"><td><span class="badge ${f.severity}">${badgeLetter(f)}${f.number}</span></td><td class="sev-${f.severity}">${SEVERITY_WORD[f.severity]}</td><td>${rule}</td><td>${esc(f.message)}</td><td>${place(f.range.start.line, options, f.range)}</td><td>${fix}</td></tr>`;
    });
    parts.push(`<h3>${esc(family)} <span class="small">(${esc(countsText(c))})</span></h3><table class="data findings"><thead><tr><th scope="col">#</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th><th scope="col">Where</th><th scope="col">Quick fix</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function order(f: ReportFinding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}

/**
 * Posts `{ command: 'reveal', range }` to the extension when a place in the document is clicked, and keeps the
 * scroll position in the webview's state, so the report redrawn after a check stays where the reader was.
 */
const WEBVIEW_SCRIPT = `(function(){var vscode=acquireVsCodeApi();var doc=document.title;var s=vscode.getState();if(s&&s.doc===doc&&typeof s.y==='number')window.scrollTo(0,s.y);var t=0;window.addEventListener('scroll',function(){clearTimeout(t);t=setTimeout(function(){vscode.setState({doc:doc,y:window.scrollY});},100);});document.addEventListener('click',function(e){var a=e.target&&e.target.closest?e.target.closest('a.reveal'):null;if(!a)return;e.preventDefault();var n=function(k){return Number(a.getAttribute(k))};vscode.postMessage({command:'reveal',range:{start:{line:n('data-sl'),character:n('data-sc')},end:{line:n('data-el'),character:n('data-ec')}}});});})();`;

/*
 * Colours on white, each at least 4.5:1 for text and 3:1 for marks (WCAG 2.2 AA): text #1b1b1b, error #a4262c,
 * warning #7a4a00, information and bars #1f4f8f, price #4a4a4a, social value #00665a, muted text #555.
 */
const CSS = `
:root{color-scheme:light}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b1b1b;background:#fff;margin:0 auto;padding:16px 24px;max-width:1040px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1b1b1b;padding-bottom:2px}h3{font-size:15px;margin:18px 0 6px}
a{color:#1f4f8f}a:focus-visible{outline:2px solid #1f4f8f;outline-offset:2px}
.settings,.small{color:#555;font-size:12.5px}.empty{color:#555;font-style:italic}
.pill{display:inline-block;border:1px solid currentColor;border-radius:10px;padding:0 8px;font-weight:600}
.pill.error,.sev-error{color:#a4262c}.pill.warning,.sev-warning{color:#7a4a00}.pill.info,.sev-info{color:#1f4f8f}
.badge{display:inline-block;min-width:22px;text-align:center;font:600 12px/18px system-ui,sans-serif;color:#fff;text-decoration:none;padding:0 4px;margin:1px 0}
a.badge{color:#fff}
.badge.error{background:#a4262c}.badge.warning{background:#7a4a00;border-radius:4px}.badge.info{background:#1f4f8f;border-radius:9px}
.none{color:#555}
table.data{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13px}
table.data caption{text-align:left;color:#555;font-size:12.5px;padding-bottom:4px}
table.data th,table.data td{border:1px solid #8c8c8c;padding:4px 6px;text-align:left;vertical-align:top}
table.data thead th{background:#f0f0f0}
table.data td.num{text-align:right;white-space:nowrap}
.state-over-the-limit,.state-empty,.state-placeholder{font-weight:700;color:#a4262c}
figure{margin:8px 0}svg.chart{width:100%;height:auto;display:block}
@media screen{figure{overflow-x:auto}svg.chart{min-width:760px}}
svg text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:#1b1b1b}
svg .tiny{font-size:10px;fill:#555}svg .month{font-weight:600}svg .strong{font-weight:700}svg .sub{fill:#333}
svg .axis{stroke:#1b1b1b;stroke-width:1}svg .tick{stroke:#bdbdbd;stroke-width:1}
svg .guide{stroke:#8c8c8c;stroke-width:1;stroke-dasharray:2 3}
svg .weekend{fill:#ededed}svg .bh-bg{fill:#dcdcdc}svg .bh-line{stroke:#8c8c8c;stroke-width:2}
svg .period{fill:#1f4f8f}
svg .statutory{stroke:#4a4a4a;stroke-width:1.5}svg .stat-bg{fill:#fff}svg .stat-line{stroke:#4a4a4a;stroke-width:2}
svg .recommended{fill:none;stroke:#1f4f8f;stroke-width:2;stroke-dasharray:6 3}
svg .shortfall{stroke:#a4262c;stroke-width:3}
svg .short-statutory,svg .short-recommended,svg .short{fill:#a4262c;font-weight:700}
svg .event{fill:#1b1b1b}svg .range{fill:#1b1b1b}svg .derived{fill:#fff;stroke:#1b1b1b;stroke-width:1.5;stroke-dasharray:3 2}
svg .badge rect{stroke:none}svg .badge text{fill:#fff;font-weight:700;font-size:11px}
svg .badge.error rect{fill:#a4262c}svg .badge.warning rect{fill:#7a4a00}svg .badge.info rect{fill:#1f4f8f}
svg .bar{fill:#1f4f8f}svg .bar.sub{fill:#5677a8}svg .bar.price{fill:#4a4a4a}svg .stack{stroke:#fff;stroke-width:1.5}
svg .sv-bg{fill:#00665a}svg .sv-line{stroke:#fff;stroke-width:2}svg .sv-text{font-weight:700;fill:#00665a}
svg .bounds{fill:none;stroke:#1f4f8f;stroke-width:2}
svg .missing{fill:#fff;stroke:#a4262c;stroke-width:2;stroke-dasharray:4 3}
svg .minimum{stroke:#00665a;stroke-width:2;stroke-dasharray:5 3}
.legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12.5px;color:#333}
.sw{display:inline-block;width:18px;height:10px;margin-right:5px;vertical-align:middle;border:1px solid #4a4a4a}
.sw-period,.sw-bar{background:#1f4f8f}.sw-price{background:#4a4a4a}.sw-statutory{background:repeating-linear-gradient(-45deg,#4a4a4a 0 2px,#fff 2px 6px)}
.sw-recommended{border:2px dashed #1f4f8f;background:#fff}.sw-weekend{background:#ededed}.sw-holiday{background:repeating-linear-gradient(45deg,#8c8c8c 0 2px,#dcdcdc 2px 6px)}
.sw-sv{background:repeating-linear-gradient(45deg,#fff 0 2px,#00665a 2px 6px)}.sw-missing{border:2px dashed #a4262c;background:#fff}.sw-min{border:0;border-left:3px dashed #00665a;width:6px}
nav{margin:6px 0 0;font-size:13px}
article.doc{border-top:4px solid #1b1b1b;margin-top:32px}
@page{size:A4;margin:14mm 12mm}
@media print{body{max-width:none;padding:0;font-size:11pt}.noprint{display:none}h2{break-after:avoid}figure,tr{break-inside:avoid}section{break-inside:auto}a{color:#1b1b1b;text-decoration:none}article.doc{break-before:page}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
