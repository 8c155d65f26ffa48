// Word output with real tools: `tenderlint --annotate-docx` writes commented copies of the corpus DOCX files
// and of Word twins of the examples; LibreOffice (headless) must convert every copy to a PDF without error,
// with one PDF comment annotation by "tenderlint" per finding; the page with the most comments is rendered to
// PNG with poppler's pdftoppm and kept in .e2e-artifacts/ to show them (the export asks for the comments' text in
// the margin with ExportNotesInMargin, which newer LibreOffice versions honour; 7.4 shows a note icon at each). Needs `npm run build` first, and soffice
// (Debian libreoffice-writer-nogui) and pdftoppm (poppler-utils), which scripts/e2e/setup.sh installs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const ARTIFACTS = join(ROOT, '.e2e-artifacts');

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

/** PDF comment annotations whose author is tenderlint (LibreOffice writes the author as UTF-16 hex in /T). */
function tenderlintAnnotations(pdf) {
  const hex = Buffer.from('tenderlint', 'utf16le').swap16().toString('hex').toUpperCase();
  const text = pdf.toString('latin1');
  return text.split(`/T <FEFF${hex}`).length - 1 + (text.split('/T (tenderlint').length - 1);
}

/** The 1-based number of the page with the most tenderlint comments (LibreOffice's one /Pages list), or 1. */
function pageWithComments(pdf) {
  const text = pdf.toString('latin1');
  const hex = Buffer.from('tenderlint', 'utf16le').swap16().toString('hex').toUpperCase();
  const objects = new Map([...text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map((m) => [m[1], m[2]]));
  const ours = new Set([...objects].filter(([, body]) => body.includes(`/T <FEFF${hex}`)).map(([id]) => id));
  const pages = [...objects.values()].find((b) => /\/Type\s*\/Pages\b/.test(b) && b.includes('/Kids'));
  const kids = pages ? [...pages.slice(pages.indexOf('/Kids')).matchAll(/(\d+) 0 R/g)].map((m) => m[1]) : [];
  let best = 1;
  let most = 0;
  kids.forEach((id, i) => {
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(objects.get(id) ?? '')?.[1] ?? '';
    const count = [...annots.matchAll(/(\d+) 0 R/g)].filter((m) => ours.has(m[1])).length;
    if (count > most) [best, most] = [i + 1, count];
  });
  return best;
}

test('annotated Word copies open in LibreOffice and carry one comment per finding', { timeout: 30 * 60_000 }, () => {
  const missing = ['soffice', 'pdftoppm'].filter((c) => !have(c));
  assert.deepEqual(missing, [], `missing ${missing.join(' and ')}: install them with scripts/e2e/setup.sh (Debian packages libreoffice-writer-nogui and poppler-utils)`);
  assert.ok(existsSync(join(ROOT, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: run npm run build first');

  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-word-'));
  try {
    const inputs = join(dir, 'in');
    const out = join(dir, 'out');
    const pdfs = join(dir, 'pdf');
    mkdirSync(inputs);
    const twins = spawnSync('npx', ['tsx', join(ROOT, 'test', 'e2e', 'word-twins.mts'), inputs], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(twins.status, 0, `writing the examples' Word twins failed: ${twins.stderr}`);
    if (existsSync(CORPUS)) for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.docx'))) copyFileSync(join(CORPUS, f), join(inputs, f));
    const files = readdirSync(inputs).filter((f) => f.endsWith('.docx')).sort();
    assert.ok(files.length >= 4, `expected Word documents to annotate, found ${files.length}`);

    // The CLI: the JSON findings, and one "wrote" line per document with its comment count.
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), '--format', 'json', '--include-info', '--annotate-docx', out, ...files.map((f) => join(inputs, f))], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 10 * 60_000,
    });
    assert.ok(cli.status === 0 || cli.status === 1, `tenderlint exited with ${cli.status}: ${cli.stderr}`);
    const results = JSON.parse(cli.stdout);
    const expected = new Map(results.map((r) => [r.filePath.split('/').pop(), r.messages.length]));
    const written = new Map([...cli.stderr.matchAll(/wrote \S*?([^/\s]+\.docx) \((\d+) comments?/g)].map((m) => [m[1], Number(m[2])]));
    for (const f of files) assert.equal(written.get(f), expected.get(f), `${f}: comments written = findings shown`);

    // LibreOffice converts every copy (in one batch, with a private profile) to a non-empty PDF.
    const profile = join(dir, 'lo-profile');
    const filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', pdfs, ...files.map((f) => join(out, f))], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20 * 60_000,
    });
    assert.equal(lo.status, 0, `soffice failed: ${lo.stderr}`);
    assert.doesNotMatch(lo.stderr ?? '', /Error:/, 'soffice reported an error');
    let total = 0;
    for (const f of files) {
      const pdfPath = join(pdfs, f.replace(/\.docx$/, '.pdf'));
      assert.ok(existsSync(pdfPath) && statSync(pdfPath).size > 1000, `${f}: no PDF written`);
      const pdf = readFileSync(pdfPath);
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const annotations = tenderlintAnnotations(pdf);
      assert.equal(annotations, expected.get(f), `${f}: PDF comments by tenderlint = findings`);
      total += annotations;
    }

    // One page as a picture: the page with the most comments in the document with the most, preferring a corpus one.
    mkdirSync(ARTIFACTS, { recursive: true });
    const corpusFiles = files.filter((f) => existsSync(join(CORPUS, f)));
    const pool = corpusFiles.length ? corpusFiles : files;
    const chosen = pool.reduce((a, b) => ((expected.get(b) ?? 0) > (expected.get(a) ?? 0) ? b : a));
    const sample = join(pdfs, chosen.replace(/\.docx$/, '.pdf'));
    const page = pageWithComments(readFileSync(sample));
    const png = join(ARTIFACTS, 'word-comments');
    const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', sample, png], { encoding: 'utf8' });
    assert.equal(r.status, 0, `pdftoppm failed: ${r.stderr}`);
    assert.ok(statSync(`${png}.png`).size > 1000);
    console.log(`# word: page ${page} of ${chosen} saved as .e2e-artifacts/word-comments.png`);
    console.log(`# word: ${files.length} documents annotated, ${total} comments in the PDFs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
