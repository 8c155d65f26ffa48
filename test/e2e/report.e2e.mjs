// The HTML report in a real browser: `tenderlint report examples --out DIR` (the bundled CLI), each page opened
// in Debian's Chromium through playwright-core. Checks the timeline, the award chart, the burden table and the
// findings are there and labelled, that nothing is fetched from the network and the policy blocks nothing,
// that text meets WCAG AA contrast, and that a page prints on A4. Screenshots and the A4 PDF go to
// .e2e-artifacts/ (kept on failure too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const ARTIFACTS = join(ROOT, '.e2e-artifacts');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).sort();

const run = mkdtempSync(join(tmpdir(), 'tenderlint-report-e2e-'));
const out = join(run, 'report');
let browser;

before(async () => {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('Debian chromium (bash scripts/e2e/setup.sh installs it)');
  if (!existsSync(CLI)) missing.push('dist/cli.cjs (npm run build)');
  if (missing.length) throw new Error(`The report tests need:\n- ${missing.join('\n- ')}`);
  const r = spawnSync(process.execPath, [CLI, 'report', 'examples', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `tenderlint report failed: ${r.stderr}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  rmSync(run, { recursive: true, force: true });
});

/** Opens a report page, recording every request that is not the page itself and every console error. */
async function open(file, shotName, fn) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests = [];
  const errors = [];
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) requests.push(req.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.goto(pathToFileURL(join(out, file)).href);
    await fn(page);
    assert.deepEqual(requests, [], 'the report fetched something');
    assert.deepEqual(errors, [], 'console errors (a blocked style or script shows here)');
    await page.screenshot({ path: join(ARTIFACTS, `${shotName}.png`), fullPage: true });
    console.log(`# screenshot: ${join('.e2e-artifacts', `${shotName}.png`)}`);
  } catch (err) {
    await page.screenshot({ path: join(ARTIFACTS, `${shotName}-failure.png`), fullPage: true }).catch(() => undefined);
    throw err;
  } finally {
    await page.close();
  }
}

/** Every text of the page whose contrast with its background is below WCAG AA (4.5:1; 3:1 for large text). */
async function lowContrast(page) {
  return page.evaluate(() => {
    const rgb = (s) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => {
        v /= 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const bad = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own) continue;
      const style = getComputedStyle(el);
      const fg = lum(rgb(style.color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) bad.push(`${el.tagName} "${el.textContent.trim().slice(0, 40)}" ${ratio.toFixed(2)}`);
    }
    return bad;
  });
}

test('the summary page lists every example with its counts and links to its report', async () => {
  await open('index.html', 'report-index-link-followed', async (page) => {
    await page.getByRole('heading', { name: 'Tender reports' }).waitFor();
    for (const f of EXAMPLES) {
      const link = page.getByRole('link', { name: `examples/${f}` });
      assert.equal(await link.count(), 1, `no link to ${f}`);
    }
    assert.deepEqual(await lowContrast(page), []);
    await page.screenshot({ path: join(ARTIFACTS, 'report-index.png'), fullPage: true });
    console.log(`# screenshot: ${join('.e2e-artifacts', 'report-index.png')}`);
    await page.getByRole('link', { name: 'examples/itt-community-wellbeing.md' }).click();
    await page.getByRole('heading', { name: 'Tender report: examples/itt-community-wellbeing.md' }).waitFor();
  });
});

for (const example of EXAMPLES) {
  const name = example.replace(/\.md$/, '');
  test(`the report of ${example} shows its timeline, weights, burden or questions, and findings, labelled`, async () => {
    await open(`${name}.html`, `report-${name}`, async (page) => {
      await page.getByRole('heading', { name: `Tender report: examples/${example}` }).waitFor();
      for (const h of ['Timeline', 'Award weighting', 'Findings by family and severity']) {
        assert.equal(await page.getByRole('heading', { name: h, level: 2 }).count(), 1, `no "${h}" heading`);
      }
      const html = readFileSync(join(out, `${name}.html`), 'utf8');
      if (html.includes('class="chart timeline"')) {
        // The chart is an image with a name and a description, and its events are also listed as a table.
        const chart = page.getByRole('img', { name: /^Timetable from / });
        assert.equal(await chart.count(), 1);
        assert.ok(await chart.isVisible());
        assert.ok((await page.getByRole('table', { name: 'Events on the timeline' }).getByRole('row').count()) > 2);
      }
      if (html.includes('class="chart award"')) {
        const chart = page.getByRole('img', { name: /^Award weighting/ });
        assert.ok(await chart.first().isVisible());
        assert.ok((await chart.first().locator('text').allTextContents()).some((t) => t.startsWith('Total')));
      }
      if (example.startsWith('response')) {
        await page.getByRole('heading', { name: 'Questions and answers' }).waitFor();
        assert.ok(await page.getByRole('cell', { name: /over the limit/ }).isVisible());
      } else {
        await page.getByRole('heading', { name: 'Burden on a small bidder' }).waitFor();
      }
      // Each finding row names its severity in words and links its rule to the documentation.
      const rows = page.locator('table.findings tbody tr');
      for (let i = 0; i < (await rows.count()); i++) {
        const cells = rows.nth(i).locator('td');
        assert.match(await cells.nth(1).innerText(), /^(Error|Warning|Information)$/);
        assert.match((await cells.nth(2).locator('a').getAttribute('href')) ?? '', /docs\/rules\/.+\.md$/);
      }
      assert.deepEqual(await lowContrast(page), []);
    });
  });
}

test('the report of an ITT marks the shortfalls and prints on A4', async () => {
  await open('itt-community-wellbeing.html', 'report-itt-community-wellbeing-marks', async (page) => {
    const timeline = page.getByRole('img', { name: /^Timetable from / });
    const texts = await timeline.locator('text').allTextContents();
    assert.ok(texts.some((t) => /^Statutory minimum: 35 days.*short by 17 days$/.test(t)), texts.join(' | '));
    assert.ok(texts.some((t) => t === 'E3'), 'the tender-period finding is marked on the deadline');
    assert.ok(texts.some((t) => /^Submission deadline: Fri 22 Jan 2027/.test(t)));
    const award = await page.getByRole('img', { name: /^Award weighting/ }).locator('text').allTextContents();
    assert.ok(award.some((t) => t === '95% — missing 5%'), award.join(' | '));
    assert.ok(award.some((t) => t.startsWith('Social value ★')));
    // A badge leads to its finding's row.
    await page.locator('a.badge', { hasText: 'E3' }).first().click();
    assert.match(page.url(), /#r-f3$/);
    const pdf = join(ARTIFACTS, 'report-itt-community-wellbeing.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const bytes = readFileSync(pdf);
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 6, `${pages} A4 pages`);
    assert.ok(bytes.toString('latin1').includes('/MediaBox [0 0 594.95996 841.91998]') || /MediaBox\s*\[0 0 59[45]/.test(bytes.toString('latin1')), 'A4 media box');
    console.log(`# A4 PDF: ${join('.e2e-artifacts', 'report-itt-community-wellbeing.pdf')} (${pages} pages)`);
  });
});
