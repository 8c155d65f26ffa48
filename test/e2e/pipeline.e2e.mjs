// tenderlint in a team's pipeline, with the real tools: the package packed with npm and installed from the tarball
// into an empty folder without the network, both bins run (the CLI on Markdown and Word files, the language
// server over stdio); then a fresh folder holding only that install and a copy of examples/template-repo runs
// the check as GitHub (action.yml's step as written), GitLab (.gitlab-ci.yml's script as written) and pre-commit
// (the real tool, with this clone as the hook repository) would.
// Needs: npm and dist/ built (`npm run package` first, as `npm run test:e2e` does), git, pre-commit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { Document, Packer, Paragraph } from 'docx';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'template-repo');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const BAD_TEMPLATE = `# Selection Questionnaire — [insert name of service]

Contract start: TBC. Send questions to {{ officer_email }} by [insert date].

The Authority will pay valid invoices within [insert number] days of receipt.

Return your response to [insert address by noon.
`;

/** Says what is missing and how to install it, instead of failing obscurely. */
function need(command, args, install) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    assert.fail(`pipeline e2e: "${command}" is missing or broken (${r.error?.message ?? r.stderr.trim()}). Install it: ${install}`);
  }
  return r.stdout.trim();
}

function sh(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, ...options });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work;
let prefix;
let bin;
let packageDir;
let env;

before(() => {
  need('npm', ['--version'], 'Node.js 20 or later with npm');
  assert.ok(existsSync(join(ROOT, 'dist', 'cli.cjs')) && existsSync(join(ROOT, 'dist', 'action.cjs')), 'dist/ is not built: run `npm run package` (or `npm run test:e2e`) first');
  work = mkdtempSync(join(tmpdir(), 'tenderlint-pipeline-'));
  prefix = join(work, 'global');
  env = {
    ...process.env,
    // No network, no cache from earlier installs, no user config.
    npm_config_offline: 'true',
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_userconfig: join(work, 'npmrc'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    CI: '1',
  };
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('npm pack ships only the bundles, the schema, the docs and the licence', () => {
  // dist/ was built by `npm run package`; --ignore-scripts keeps npm from building it again.
  const r = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env });
  assert.equal(r.code, 0, r.stderr);
  const [info] = JSON.parse(r.stdout);
  const files = info.files.map((f) => f.path).sort();
  const allowed = /^(dist\/[\w-]+\.cjs|schema\/tenderlint\.schema\.json|docs\/.+\.md|LICENSE|README\.md|package\.json)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'files outside the allow-list');
  for (const f of ['dist/cli.cjs', 'dist/worker.cjs', 'dist/server.cjs', 'dist/check-worker.cjs', 'dist/action.cjs', 'schema/tenderlint.schema.json', 'LICENSE', 'README.md']) {
    assert.ok(files.includes(f), `${f} missing from the package`);
  }
  assert.ok(!files.some((f) => f.endsWith('.vsix') || f.endsWith('.map') || f.endsWith('.ts')));
  assert.equal(pkg.private, undefined, 'package.json must not be private');
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'the bundles need no dependency at run time');
  assert.ok(info.size < 4 * 1024 * 1024, `package is ${info.size} bytes`);
  console.log(`# npm pack: ${files.length} files, ${(info.size / 1048576).toFixed(1)} MB packed, ${(info.unpackedSize / 1048576).toFixed(1)} MB unpacked`);
  writeFileSync(join(work, 'tarball'), join(work, info.filename));
});

test('npm install -g from the tarball, offline, into an empty folder, in seconds; both bins run', async () => {
  const tarball = readFileSync(join(work, 'tarball'), 'utf8');
  const started = Date.now();
  const r = sh('npm', ['install', '--global', '--prefix', prefix, tarball], { cwd: work, env });
  const seconds = (Date.now() - started) / 1000;
  assert.equal(r.code, 0, r.stderr);
  console.log(`# npm install -g (offline): ${seconds.toFixed(1)} s`);
  assert.ok(seconds < 60, `install took ${seconds} s`);
  bin = join(prefix, 'bin');
  packageDir = join(prefix, 'lib', 'node_modules', 'tenderlint');
  assert.deepEqual(readdirSync(join(packageDir)).filter((f) => f === 'node_modules'), [], 'nothing installed beside the package');
  env = { ...env, PATH: `${bin}${delimiter}${env.PATH}` };

  // The CLI: version, a Markdown file with a config (ajv validates it), a Word file (the zip reader and mammoth).
  assert.equal(sh('tenderlint', ['--version'], { env }).stdout.trim(), pkg.version);
  const docs = join(work, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, '.tenderlint.yaml'), 'extends: strict\nsettings:\n  nation: scotland\n');
  writeFileSync(join(docs, 'itt.md'), '# Invitation to Tender\n\nTenders must be returned by [insert date].\n');
  const word = new Document({ sections: [{ children: [new Paragraph({ text: 'Invitation to Tender' }), new Paragraph({ text: 'The contract starts on a date TBC.' })] }] });
  writeFileSync(join(docs, 'itt.docx'), await Packer.toBuffer(word));
  const lint = sh('tenderlint', ['--format', 'json', '.'], { cwd: docs, env });
  assert.equal(lint.code, 1, lint.stderr);
  const results = JSON.parse(lint.stdout);
  for (const name of ['itt.md', 'itt.docx']) {
    const result = results.find((x) => x.filePath.endsWith(name));
    assert.ok(result.messages.some((m) => m.ruleId === 'drafting/placeholder'), `${name}: ${JSON.stringify(result.messages)}`);
  }
  writeFileSync(join(docs, '.tenderlint.yaml'), 'extends: nonsense\n');
  const bad = sh('tenderlint', ['itt.md'], { cwd: docs, env });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /extends/);

  // The language server over stdio: initialize, open a document, receive its diagnostics.
  const diagnostics = await languageServerDiagnostics(join(bin, 'tenderlint-language-server'), docs, '# Invitation to Tender\n\nReturn by [insert date].\n');
  assert.ok(diagnostics.some((d) => d.code === 'drafting/placeholder'), JSON.stringify(diagnostics));
});

/** The fresh folder: only the installed package and a copy of the example repository. */
function teamRepo(name) {
  const dir = join(work, name);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

test('GitHub: the action\'s step as written in action.yml, with the example workflow\'s inputs', () => {
  assert.ok(packageDir, 'the install test must pass first');
  const repo = teamRepo('github');
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const workflow = parseYaml(readFileSync(join(repo, '.github', 'workflows', 'tenderlint.yml'), 'utf8'));
  const step = workflow.jobs.tenderlint.steps.find((s) => s.uses?.startsWith('tenderlint/tenderlint'));
  const upload = workflow.jobs.tenderlint.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(step.with?.[k] ?? v.default ?? '')]));
  const composite = action.runs.steps[0];
  const run = (extraFiles) => {
    for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(repo, name), text);
    const stepEnv = Object.fromEntries(Object.entries(composite.env).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, n) => inputs[n])]));
    const summary = join(work, `summary-${Object.keys(extraFiles).length}.md`);
    const r = sh('bash', ['-eo', 'pipefail', '-c', composite.run], {
      cwd: repo,
      env: { ...env, ...stepEnv, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo, GITHUB_ACTION_PATH: packageDir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: join(work, 'output'), RUNNER_TEMP: work },
    });
    return { ...r, summary: readFileSync(summary, 'utf8'), sarif: JSON.parse(readFileSync(join(repo, upload.with.sarif_file), 'utf8')) };
  };
  const pass = run({});
  assert.equal(pass.code, 0, pass.stdout + pass.stderr);
  assert.equal(pass.stdout, '');
  assert.deepEqual(pass.sarif.runs[0].results, []);
  assert.match(pass.summary, /2 documents checked: \*\*0\*\* errors/);

  const fail = run({ 'templates/sq-template.md': BAD_TEMPLATE });
  assert.equal(fail.code, 1);
  const annotations = fail.stdout.trim().split('\n');
  assert.ok(annotations.length >= 4, fail.stdout);
  for (const a of annotations) assert.match(a, /^::error file=templates\/sq-template\.md,line=\d+,/);
  assert.equal(fail.sarif.runs[0].results.length, annotations.length);
  assert.match(fail.summary, /\| `templates\/sq-template\.md` \| \d+ \| 0 \|/);
  console.log(`# github: ${annotations.length} annotations, SARIF and summary written`);
});

test('GitLab: the example .gitlab-ci.yml script as written writes a Code Quality report', () => {
  assert.ok(packageDir, 'the install test must pass first');
  const repo = teamRepo('gitlab');
  writeFileSync(join(repo, 'templates', 'sq-template.md'), BAD_TEMPLATE);
  const job = parseYaml(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')).tenderlint;
  // The `npm install -g tenderlint@…` line is the install done above from the tarball.
  const script = job.script.filter((line) => !/^npm install -g tenderlint@/.test(line)).join('\n');
  const r = sh('bash', ['-c', script], { cwd: repo, env });
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(readFileSync(join(repo, job.artifacts.reports.codequality), 'utf8'));
  assert.ok(report.length >= 4);
  for (const issue of report) {
    assert.equal(issue.location.path, 'templates/sq-template.md');
    assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
  }
  console.log(`# gitlab: ${report.length} Code Quality issues`);
});

test('pre-commit: with this clone as the hook repository, a bad template blocks the commit and a good one passes', () => {
  assert.ok(packageDir, 'the install test must pass first');
  need('git', ['--version'], 'apt-get install -y git');
  need('pre-commit', ['--version'], 'apt-get install -y pre-commit (or pip install pre-commit); scripts/e2e/setup.sh installs it');
  const gitEnv = {
    ...env,
    PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
    GIT_AUTHOR_NAME: 'Template Team',
    GIT_AUTHOR_EMAIL: 'templates@example.org',
    GIT_COMMITTER_NAME: 'Template Team',
    GIT_COMMITTER_EMAIL: 'templates@example.org',
    GIT_CONFIG_GLOBAL: join(work, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
  };
  writeFileSync(join(work, 'gitconfig'), '[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n');
  const git = (cwd, ...args) => {
    const r = sh('git', args, { cwd, env: gitEnv });
    assert.equal(r.code, 0, `git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };

  // The hook repository: a clone of this one, with this working copy's hook definitions committed on top.
  const hooks = join(work, 'hook-repo');
  const cloned = sh('git', ['clone', '--quiet', '--no-hardlinks', ROOT, hooks], { env: gitEnv });
  if (cloned.code !== 0) {
    mkdirSync(hooks, { recursive: true });
    git(hooks, 'init', '--quiet');
  }
  copyFileSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
  git(hooks, 'add', '.pre-commit-hooks.yaml');
  if (sh('git', ['diff', '--cached', '--quiet'], { cwd: hooks, env: gitEnv }).code !== 0) git(hooks, 'commit', '--quiet', '-m', 'hooks under test');
  const rev = git(hooks, 'rev-parse', 'HEAD');

  // The team's repository: the example, its pre-commit config pointed at the hook repository.
  const repo = teamRepo('pre-commit');
  const config = parseYaml(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8'));
  config.repos[0].repo = hooks;
  config.repos[0].rev = rev;
  writeFileSync(join(repo, '.pre-commit-config.yaml'), JSON.stringify(config, null, 2));
  git(repo, 'init', '--quiet');
  const install = sh('pre-commit', ['install'], { cwd: repo, env: gitEnv });
  assert.equal(install.code, 0, install.stdout + install.stderr);

  git(repo, 'add', '-A');
  const good = sh('git', ['commit', '-m', 'Add the templates'], { cwd: repo, env: gitEnv });
  assert.equal(good.code, 0, `the good templates were refused:\n${good.stdout}\n${good.stderr}`);
  assert.match(good.stdout + good.stderr, /tenderlint\.+Passed/);

  writeFileSync(join(repo, 'templates', 'sq-template.md'), BAD_TEMPLATE);
  git(repo, 'add', 'templates/sq-template.md');
  const bad = sh('git', ['commit', '-m', 'Add the SQ template'], { cwd: repo, env: gitEnv });
  assert.notEqual(bad.code, 0, 'the bad template was committed');
  const out = bad.stdout + bad.stderr;
  assert.match(out, /tenderlint\.+Failed/);
  assert.match(out, /templates\/sq-template\.md/);
  assert.match(out, /drafting\/placeholder/);
  assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1', 'only the good commit is in the history');
  console.log('# pre-commit: good template committed, bad template blocked');
});

/** Starts the language server, opens one Markdown document and returns the first diagnostics published for it. */
function languageServerDiagnostics(command, folder, text) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, ['--stdio'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    const uri = pathToFileURL(join(folder, 'open.md')).href;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('no diagnostics from the language server within 30 s'));
    }, 30_000);
    let buffer = Buffer.alloc(0);
    let id = 0;
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const finish = (value) => {
      clearTimeout(timer);
      send({ id: ++id, method: 'shutdown' });
      send({ method: 'exit' });
      setTimeout(() => child.kill(), 2000).unref();
      resolvePromise(value);
    };
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())[1]);
        if (buffer.length < header + 4 + length) return;
        const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
        buffer = buffer.subarray(header + 4 + length);
        if (message.id === 1 && message.result) {
          send({ method: 'initialized', params: {} });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
        } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.diagnostics.length) {
          finish(message.params.diagnostics);
        } else if (message.id !== undefined && message.method) {
          // A request from the server (configuration, registration): answer it plainly.
          send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
        }
      }
    });
    child.on('error', reject);
    send({ id: ++id, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'docs' }] } });
  });
}

