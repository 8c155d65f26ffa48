/**
 * The report's two charts as SVG strings: the timetable on a date axis and the award weighting. Styling is by
 * class only (no style attributes), so a strict Content Security Policy with a style nonce allows it; every
 * mark carries text (labels, badge letters, patterns), so nothing is told by colour alone.
 */
import { formatDay } from '../facts/calendar';
import type { AwardChart, ReportFinding, Timeline } from './types';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const W = 960;
/** Rough width of a 12px sans-serif character, to place text beside text. */
const CHAR = 7.2;

function dayIndex(startIso: string, iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${startIso}T00:00:00Z`)) / 86400000);
}

export function badgeLetter(f: ReportFinding): string {
  return f.severity === 'error' ? 'E' : f.severity === 'warning' ? 'W' : 'I';
}

/** Finding badges ("E3", "W4") from x, returning the x after them. */
function badges(numbers: number[], byNumber: Map<number, ReportFinding>, x: number, y: number, out: string[]): number {
  for (const n of numbers) {
    const f = byNumber.get(n);
    if (!f) continue;
    const text = `${badgeLetter(f)}${n}`;
    const w = 10 + text.length * 7;
    out.push(`<g class="badge ${f.severity}"><title>${esc(`${f.severity} ${text}: ${f.message}`)}</title><rect x="${x.toFixed(1)}" y="${y - 9}" width="${w}" height="18" rx="${f.severity === 'error' ? 0 : f.severity === 'warning' ? 4 : 9}"/><text x="${(x + w / 2).toFixed(1)}" y="${y + 4}" text-anchor="middle">${text}</text></g>`);
    x += w + 4;
  }
  return x;
}

export function timelineSvg(t: Timeline, findings: ReportFinding[], id: string): string {
  const byNumber = new Map(findings.map((f) => [f.number, f]));
  const L = 16;
  const R = 16;
  const days = dayIndex(t.startIso, t.endIso) + 1;
  const dw = (W - L - R) / days;
  const x = (iso: string) => L + dayIndex(t.startIso, iso) * dw;
  const cx = (iso: string) => x(iso) + dw / 2;
  const bars = [t.period, t.statutory, t.recommended].filter(Boolean).length;
  const top = 30;
  const barsTop = top + 8;
  const eventsTop = barsTop + bars * 34 + 6;
  const H = eventsTop + t.events.length * 28 + 12;
  const out: string[] = [];
  out.push(
    `<svg class="chart timeline" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">Timetable from ${esc(formatDay(t.startIso))} to ${esc(formatDay(t.endIso))}</title>`,
    `<desc id="${id}-desc">${esc(describeTimeline(t))}</desc>`,
    `<defs><pattern id="${id}-bh" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="bh-bg"/><line x1="0" y1="0" x2="0" y2="6" class="bh-line"/></pattern>`,
    `<pattern id="${id}-stat" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" class="stat-bg"/><line x1="0" y1="0" x2="0" y2="8" class="stat-line"/></pattern></defs>`,
  );
  // Weekends and bank holidays, shaded across the chart.
  const holidays = new Map(t.holidays.map((h) => [h.iso, h.name]));
  if (dw >= 1.5) {
    for (let i = 0; i < days; i++) {
      const d = new Date(Date.parse(`${t.startIso}T00:00:00Z`) + i * 86400000);
      const iso = d.toISOString().slice(0, 10);
      if (holidays.has(iso)) continue;
      const wd = d.getUTCDay();
      if (wd === 0 || wd === 6) out.push(`<rect class="weekend" x="${(L + i * dw).toFixed(1)}" y="${top}" width="${dw.toFixed(1)}" height="${H - top - 4}"/>`);
    }
  }
  let lastBh = -Infinity;
  for (const h of t.holidays) {
    out.push(`<rect class="holiday" fill="url(#${id}-bh)" x="${x(h.iso).toFixed(1)}" y="${top}" width="${Math.max(dw, 2).toFixed(1)}" height="${H - top - 4}"><title>${esc(`${h.name}, ${formatDay(h.iso)} (bank holiday)`)}</title></rect>`);
    if (cx(h.iso) - lastBh < 18) continue; // one label for holidays side by side
    lastBh = cx(h.iso);
    out.push(`<text class="tiny" x="${cx(h.iso).toFixed(1)}" y="${H - 6}" text-anchor="middle">BH</text>`);
  }
  // Month axis.
  out.push(`<line class="axis" x1="${L}" y1="${top}" x2="${W - R}" y2="${top}"/>`);
  for (let i = 0; i < days; i++) {
    const d = new Date(Date.parse(`${t.startIso}T00:00:00Z`) + i * 86400000);
    if (d.getUTCDate() !== 1 && i !== 0) continue;
    const label = d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const px = L + i * dw;
    if (d.getUTCDate() === 1) out.push(`<line class="tick" x1="${px.toFixed(1)}" y1="${top - 6}" x2="${px.toFixed(1)}" y2="${H - 4}"/>`);
    if (i === 0 && d.getUTCDate() !== 1) {
      // The first (part) month is labelled only when its label ends before the next month's.
      const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      if (((next - d.getTime()) / 86400000) * dw < label.length * CHAR + 8) continue;
    }
    if (px + label.length * CHAR > W) continue; // no room before the edge
    out.push(`<text class="month" x="${(px + 3).toFixed(1)}" y="${top - 10}">${esc(label)}</text>`);
  }
  // Tender period against the minimums.
  let y = barsTop;
  const label = (text: string, from: number, cls = 'label') => {
    const anchorEnd = from > W * 0.62;
    out.push(`<text class="${cls}" x="${anchorEnd ? W - R : from.toFixed(1)}" y="${y + 9}" text-anchor="${anchorEnd ? 'end' : 'start'}">${esc(text)}</text>`);
  };
  if (t.period) {
    const p = t.period;
    label(`${p.stage === 'tender' ? 'Tender' : 'Participation'} period: ${p.days} days (${p.workingDays} working days)`, cx(p.fromIso));
    out.push(`<rect class="period" x="${cx(p.fromIso).toFixed(1)}" y="${y + 14}" width="${(cx(p.toIso) - cx(p.fromIso)).toFixed(1)}" height="12"/>`);
    y += 34;
  }
  for (const [bar, name, cls] of [[t.statutory, 'Statutory minimum', 'statutory'], [t.recommended, 'Recommended minimum', 'recommended']] as const) {
    if (!bar || !t.period) continue;
    const short = bar.shortBy > 0 ? ` — short by ${bar.shortBy} days` : ' — met';
    label(`${name}: ${bar.days} days, to ${formatDay(bar.endIso)} (${bar.citation})${short}`, cx(t.period.fromIso), bar.shortBy > 0 ? `label short-${cls}` : 'label');
    const fill = cls === 'statutory' ? ` fill="url(#${id}-stat)"` : '';
    out.push(`<rect class="${cls}"${fill} x="${cx(t.period.fromIso).toFixed(1)}" y="${y + 14}" width="${(cx(bar.endIso) - cx(t.period.fromIso)).toFixed(1)}" height="12"/>`);
    if (bar.shortBy > 0) {
      out.push(`<line class="shortfall" x1="${cx(t.period.toIso).toFixed(1)}" y1="${y + 11}" x2="${cx(t.period.toIso).toFixed(1)}" y2="${y + 29}"/>`);
    }
    y += 34;
  }
  // Events, one row each.
  y = eventsTop;
  for (const e of t.events) {
    const mid = y + 14;
    const px = cx(e.iso);
    out.push(`<line class="guide" x1="${px.toFixed(1)}" y1="${top}" x2="${px.toFixed(1)}" y2="${mid}"/>`);
    const derived = e.derived ? ' derived' : '';
    if (e.endIso) {
      out.push(`<rect class="range${derived}" x="${(px - 4).toFixed(1)}" y="${mid - 6}" width="${(cx(e.endIso) - px + 8).toFixed(1)}" height="12" rx="6"/>`);
    } else {
      out.push(`<path class="event${derived}" d="M${px.toFixed(1)} ${mid - 7}l7 7l-7 7l-7 -7z"/>`);
    }
    const endPx = e.endIso ? cx(e.endIso) + 4 : px + 7;
    const when = `${formatDay(e.iso)}${e.endIso ? ` – ${formatDay(e.endIso)}` : ''}${e.time ? `, ${e.time}` : ''}`;
    const text = `${e.typeLabel}: ${when}${e.nonWorking ? ` (${e.nonWorking})` : ''}${e.derived ? ' (worked out)' : ''}`;
    const badgeWidth = e.findings.reduce((s, n) => s + 14 + `${n}`.length * 7 + 4 + 7, 0);
    const textWidth = text.length * CHAR;
    if (endPx + 8 + badgeWidth + textWidth <= W - R) {
      const after = badges(e.findings, byNumber, endPx + 8, mid, out);
      out.push(`<text class="label" x="${(after + 2).toFixed(1)}" y="${mid + 4}">${esc(text)}</text>`);
    } else {
      const start = Math.max(L, px - 10 - textWidth - badgeWidth);
      out.push(`<text class="label" x="${(px - 10 - badgeWidth).toFixed(1)}" y="${mid + 4}" text-anchor="end">${esc(text)}</text>`);
      badges(e.findings, byNumber, Math.max(start, px - 6 - badgeWidth), mid, out);
    }
    y += 28;
  }
  out.push('</svg>');
  return out.join('');
}

function describeTimeline(t: Timeline): string {
  const parts = t.events.map((e) => `${e.typeLabel} ${formatDay(e.iso)}${e.endIso ? ` to ${formatDay(e.endIso)}` : ''}`);
  if (t.period) parts.push(`period ${t.period.days} days`);
  if (t.statutory) parts.push(`statutory minimum ${t.statutory.days} days${t.statutory.shortBy ? `, short by ${t.statutory.shortBy}` : ''}`);
  if (t.recommended) parts.push(`recommended minimum ${t.recommended.days} days${t.recommended.shortBy ? `, short by ${t.recommended.shortBy}` : ''}`);
  return parts.join('; ');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function awardSvg(chart: AwardChart, findings: ReportFinding[], socialValueMin: number, id: string): string {
  const byNumber = new Map(findings.map((f) => [f.number, f]));
  const LABEL = 330;
  const AREA = 430;
  const unit = chart.unit === 'percent' ? '%' : ' marks';
  const scaleMax = Math.max(100, chart.sum, ...chart.rows.map((r) => r.share ?? 0));
  const bx = (share: number) => LABEL + (share / scaleMax) * AREA;
  const rowH = 26;
  const top = 22;
  const totalY = top + chart.rows.length * rowH + 10;
  const H = totalY + 44;
  const out: string[] = [];
  out.push(
    `<svg class="chart award" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">Award weighting (line ${chart.line})</title>`,
    `<desc id="${id}-desc">${esc(chart.rows.map((r) => `${r.number ? `${r.number} ` : ''}${r.name}: ${r.passFail ? 'pass/fail' : r.weight === null ? 'no weight' : `${fmt(r.weight)}${unit}`}`).join('; '))}; total ${fmt(chart.sum)}${unit}${chart.shortfall ? `, ${chart.shortfall > 0 ? 'short by' : 'over by'} ${fmt(Math.abs(chart.shortfall))}${unit}` : ''}</desc>`,
    `<defs><pattern id="${id}-sv" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" class="sv-bg"/><line x1="0" y1="0" x2="0" y2="8" class="sv-line"/></pattern></defs>`,
  );
  // Scale: 0, 25, 50, 75, 100 % of the total score.
  for (let v = 0; v <= scaleMax; v += 25) {
    out.push(`<line class="tick" x1="${bx(v).toFixed(1)}" y1="${top - 4}" x2="${bx(v).toFixed(1)}" y2="${totalY + 26}"/><text class="tiny" x="${bx(v).toFixed(1)}" y="${top - 8}" text-anchor="middle">${v}%</text>`);
  }
  let y = top;
  for (const r of chart.rows) {
    const mid = y + rowH / 2;
    const sv = r.category === 'social-value';
    const name = `${r.number ? `${r.number} ` : ''}${r.name}`;
    const shown = name.length > 44 - r.depth * 2 ? `${name.slice(0, 43 - r.depth * 2)}…` : name;
    out.push(`<text class="label${sv ? ' sv-text' : ''}${r.depth ? ' sub' : ''}" x="${8 + r.depth * 16}" y="${mid + 4}">${esc(shown)}${sv ? ' ★' : ''}<title>${esc(name)}</title></text>`);
    let end = LABEL;
    let value: string;
    if (r.passFail) value = 'pass/fail';
    else if (r.bounds) {
      out.push(`<rect class="bounds" x="${bx(r.bounds.min).toFixed(1)}" y="${mid - 7}" width="${(bx(r.bounds.max) - bx(r.bounds.min)).toFixed(1)}" height="14"/>`);
      end = bx(r.bounds.max);
      value = `${fmt(r.bounds.min)}–${fmt(r.bounds.max)}%`;
    } else if (r.share !== null) {
      const cls = sv ? 'bar sv' : r.depth ? 'bar sub' : r.category === 'price' ? 'bar price' : 'bar';
      const fill = sv ? ` fill="url(#${id}-sv)"` : '';
      out.push(`<rect class="${cls}"${fill} x="${LABEL}" y="${mid - 7}" width="${(bx(r.share) - LABEL).toFixed(1)}" height="14"/>`);
      end = bx(r.share);
      value = `${fmt(r.weight!)}${unit}${r.depth && Math.abs(r.share - r.weight!) > 0.05 ? ` (${fmt(r.share)}% of total)` : ''}`;
    } else value = r.weight === null ? 'no weight' : `${fmt(r.weight)}${unit}`;
    out.push(`<text class="value" x="${(end + 6).toFixed(1)}" y="${mid + 4}">${esc(value)}${sv ? ' social value' : ''}</text>`);
    badges(r.findings, byNumber, end + 12 + (value.length + (sv ? 13 : 0)) * CHAR, mid, out);
    y += rowH;
  }
  if (chart.socialValueShare !== null || chart.rows.some((r) => r.category === 'social-value')) {
    const mx = bx(socialValueMin);
    out.push(`<line class="minimum" x1="${mx.toFixed(1)}" y1="${top}" x2="${mx.toFixed(1)}" y2="${totalY - 4}"><title>Social value minimum ${socialValueMin}%</title></line>`);
  }
  // Total: the top-level shares stacked, with the shortfall (or excess) marked.
  const mid = totalY + 12;
  out.push(`<text class="label strong" x="8" y="${mid + 4}">Total${chart.expected !== null ? ` (should be ${fmt(chart.expected)}${unit})` : ''}</text>`);
  let at = 0;
  for (const r of chart.rows) {
    if (r.depth !== 0 || r.share === null || r.passFail) continue;
    const sv = r.category === 'social-value';
    const fill = sv ? ` fill="url(#${id}-sv)"` : '';
    out.push(`<rect class="${sv ? 'bar sv' : r.category === 'price' ? 'bar price' : 'bar'} stack"${fill} x="${bx(at).toFixed(1)}" y="${mid - 9}" width="${(bx(at + r.share) - bx(at)).toFixed(1)}" height="18"><title>${esc(`${r.name}: ${fmt(r.share)}%`)}</title></rect>`);
    at += r.share;
  }
  let totalText = `${fmt(chart.sum)}${unit}`;
  let endX = bx(at);
  if (chart.shortfall !== null && chart.shortfall > 0 && chart.unit === 'percent') {
    out.push(`<rect class="missing" x="${bx(at).toFixed(1)}" y="${mid - 9}" width="${(bx(at + chart.shortfall) - bx(at)).toFixed(1)}" height="18"/>`);
    endX = bx(at + chart.shortfall);
    totalText += ` — missing ${fmt(chart.shortfall)}${unit}`;
  } else if (chart.shortfall !== null) {
    totalText += chart.shortfall > 0 ? ` — short by ${fmt(chart.shortfall)}${unit}` : ` — over by ${fmt(-chart.shortfall)}${unit}`;
  }
  out.push(`<text class="value${chart.shortfall ? ' short' : ''}" x="${(endX + 6).toFixed(1)}" y="${mid + 4}">${esc(totalText)}</text>`);
  badges(chart.findings, byNumber, endX + 12 + totalText.length * (chart.shortfall ? CHAR + 0.8 : CHAR), mid, out);
  out.push('</svg>');
  return out.join('');
}
