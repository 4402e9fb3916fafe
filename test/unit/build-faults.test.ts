/**
 * Issue 10, point 7: `referat build` under faults — an output on another file
 * system, run from outside the project, a read-only output, two builds into
 * one output, a stale lock — fails in one line or not at all.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { lockFileName, withBuildLock } from '../../src/site/build-lock.ts';
import { markerNames } from '../../src/site/folders.ts';
import { outputDrift } from '../../src/site/output-check.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'referat-faults-'));
mkdirSync(join(work, 'in', 'testby'), { recursive: true });
writeFileSync(join(work, 'in', 'testby', 'a.txt'), 'REFERAT Testudvalget d. 04-02-2021\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n');
const page = 'testby/testudvalget/2021-02-04/index.html';

/** A folder on another file system than the project (tmpfs), if this machine has one. */
const shm = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(projectRoot).dev ? mkdtempSync('/dev/shm/referat-faults-') : undefined;

const immutable: string[] = [];
afterAll(() => {
  for (const dir of immutable) spawnSync('chattr', ['-i', dir]);
  rmSync(work, { recursive: true, force: true });
  if (shm) rmSync(shm, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await main(args, { out: () => {}, err: (t) => err.push(t) });
  return { code, err };
}

const build = (out: string, content = join(work, 'content')) => ['build', '--input', join(work, 'in'), '--out', out, '--content', content];
/** What a build printed besides its progress and the one warning that, without --site, it writes no feeds or sitemap (issue 14). */
const unexpected = (err: string[]): string[] => err.filter((line) => !/^(convert|build): /.test(line) && !line.endsWith('[needs-site]'));

/** Makes `dir` unwritable, also for root (tests run as root here): chattr +i, or chmod for other users. False if neither works. */
function makeReadOnly(dir: string): boolean {
  if (process.getuid?.() !== 0) {
    execFileSync('chmod', ['a-w', dir]);
    return true;
  }
  if (spawnSync('chattr', ['+i', dir]).status !== 0) return false;
  immutable.push(dir);
  return true;
}

describe('where the build runs and writes', () => {
  it.skipIf(!shm)('should build into another file system (tmpfs), which Astro cannot rename into', async () => {
    const out = join(shm!, 'site');
    // With --site, so the OParl files are written there too (and no warning says they are not).
    const { code, err } = await run([...build(out), '--site', 'https://referater.example.dk']);
    expect(unexpected(err)).toEqual([]);
    expect(code).toBe(0);
    expect(readFileSync(join(out, page), 'utf8')).toContain('Godkendt.');
    expect(readdirSync(join(out, 'pagefind'))).toContain('periods.json');
    expect(existsSync(join(out, 'oparl', 'v1', 'system.json'))).toBe(true);
  }, 60_000);

  it('should build from a folder outside the project with relative paths, leaving nothing there but the output', async () => {
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const { code, err } = await run(['build', '--input', 'in', '--out', 'here', '--content', 'here-content', '--site', 'https://referater.example.dk']);
      expect(unexpected(err)).toEqual([]);
      expect(code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(join(work, 'here', page), 'utf8')).toContain('Godkendt.');
    // Astro used to put its server bundle in <cwd>/.astro/ or <out>/.prerender/.
    expect(existsSync(join(work, '.astro'))).toBe(false);
    expect(existsSync(join(work, 'here', '.prerender'))).toBe(false);
  }, 60_000);
});

describe('a read-only output', () => {
  it('should say in one line that it cannot write to a new output folder in a read-only folder', async (context) => {
    const parent = join(work, 'readonly');
    mkdirSync(parent);
    if (!makeReadOnly(parent)) context.skip();
    const { code, err } = await run(build(join(parent, 'site')));
    expect(code).toBe(1);
    expect(err).toEqual([`referat build: cannot write to ${join(parent, 'site')}: permission denied`]);
  });

  it('should say in one line that it cannot write to a read-only output folder it made', async (context) => {
    const out = join(work, 'locked');
    mkdirSync(out);
    writeFileSync(join(out, markerNames.output), 'This folder is a site written by `referat build`. Every full build replaces all of its files.\n');
    if (!makeReadOnly(out)) context.skip();
    const { code, err } = await run(build(out));
    expect(code).toBe(1);
    expect(err).toEqual([`referat build: cannot write to ${join(out, lockFileName)}: permission denied`]);
  });
});

describe('one build per output folder', () => {
  const out = join(work, 'site');

  it('should stop a second build into the same output at once, naming the running one, and let the first finish', async () => {
    let settled = false;
    const first = run(build(out)).finally(() => (settled = true));
    while (!settled && !existsSync(join(out, lockFileName))) await new Promise((wake) => setTimeout(wake, 20));
    const second = await run(build(out, join(work, 'content-2')));
    expect(second).toEqual({ code: 1, err: [`referat build: another build is running (pid ${process.pid}) in ${out}; wait for it to finish`] });
    const { code } = await first;
    expect(code).toBe(0);
    expect(readFileSync(join(out, page), 'utf8')).toContain('Godkendt.');
    expect(existsSync(join(out, lockFileName))).toBe(false);
    expect(existsSync(join(work, 'content-2'))).toBe(false);
  }, 60_000);

  it('should stop a convert into a content folder a build is writing', async () => {
    const content = join(work, 'busy-content');
    mkdirSync(content);
    writeFileSync(join(content, markerNames.content), 'x\n');
    writeFileSync(join(content, lockFileName), `${process.pid}\n`);
    const { code, err } = await run(['convert', '--input', join(work, 'in'), '--content', content]);
    expect({ code, err }).toEqual({ code: 1, err: [`referat convert: another build is running (pid ${process.pid}) in ${content}; wait for it to finish`] });
    expect(readdirSync(content).sort()).toEqual([markerNames.content, lockFileName].sort());
  });

  it('should take over the lock of a build that was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, markerNames.output), 'This folder is a site written by `referat build`. Every full build replaces all of its files.\n');
    writeFileSync(join(out, lockFileName), `${dead}\n`);
    const { code } = await run(build(out));
    expect(code).toBe(0);
    expect(existsSync(join(out, lockFileName))).toBe(false);
  }, 60_000);
});

describe('the output as the last build left it', () => {
  it('should sort what changed in the output: pages of the plan, pages every build renders, assets', () => {
    const before = { 'index.html': '1', 'a/index.html': '2', 'a/b/index.html': '3', '404.html': '4', '_astro/site.css': '5', 'favicon.svg': '6' };
    const now = { 'index.html': '9', 'a/index.html': '2', '404.html': '4', '_astro/site.css': '8', 'favicon.svg': '6' };
    expect(outputDrift(before, now, { '/a/': 'x', '/a/b/': 'y' })).toEqual({ pages: ['/a/b/'], others: ['_astro/site.css'] });
  });

  it('should render again a page deleted or edited in the output since, and build in full when an asset is gone', async () => {
    const out = join(work, 'kept');
    expect((await run(build(out))).code).toBe(0);
    const item = 'testby/testudvalget/2021-02-04/punkt-1/index.html';
    const bytes = { page: readFileSync(join(out, page)), item: readFileSync(join(out, item)) };
    rmSync(join(out, page));
    writeFileSync(join(out, item), '<p>Redigeret i hånden</p>\n');
    const again = await run(build(out));
    expect(again.code).toBe(0);
    expect(again.err).toContainEqual(expect.stringMatching(/^build: plan: .*; 2 pages changed \(2 missing or edited in the output\), 0 removed$/));
    // The two pages and the five fixed ones (front, search, 404, /was/, /data/).
    expect(again.err.at(-1)).toMatch(/incremental: 7 rendered, 0 removed/);
    expect(readFileSync(join(out, page)).equals(bytes.page)).toBe(true);
    expect(readFileSync(join(out, item)).equals(bytes.item)).toBe(true);

    const css = readdirSync(join(out, '_astro')).find((name) => name.endsWith('.css'))!;
    rmSync(join(out, '_astro', css));
    const full = await run(build(out));
    expect(full.err).toContainEqual(expect.stringMatching(/; full build \(1 files of the previous output missing or changed, e\.g\. _astro\/.+\.css\)$/));
    expect(existsSync(join(out, '_astro', css))).toBe(true);
  }, 60_000);
});

/** Pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((child) => {
    try {
      const stat = readFileSync(`/proc/${child}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
}

/** Whether `pid` is a live process (not gone, not a zombie). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Waits (polling) until `condition` holds; throws after `limit` ms so a failure names what it waited for. */
async function until(what: string, condition: () => boolean, limit = 20_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 25) {
    if (waited > limit) throw new Error(`gave up waiting until ${what}`);
    await new Promise((wake) => setTimeout(wake, 25));
  }
}

describe.skipIf(process.platform !== 'linux')('a killed build leaves no process behind', () => {
  let orphans = 0;
  const referat = (out: string, input = join(work, 'in')) => `"${process.execPath}" scripts/referat.ts build --input "${input}" --out "${out}" --content "${out}-content"`;

  it.each([
    ['the shell that runs it', (command: string) => ['sh', ['-c', `${command}; true`]] as const],
    // npm exec / npx / npm run: npm → sh -c → node; kill -9 of npm leaves the shell alive.
    ['npx (npm → sh -c → node)', (command: string) => [process.execPath, ['-e', `require('child_process').spawn('sh', ['-c', ${JSON.stringify(`${command}; true`)}], { stdio: 'inherit' }); setInterval(() => {}, 1e6);`]] as const],
  ])('should stop when %s is killed', async (_, launch) => {
    const out = join(work, `orphan-${orphans++}`);
    // Held by this test, the project's Astro lock keeps the build waiting after it has planned: it cannot finish by itself.
    await withBuildLock(join(projectRoot, '.cache', 'astro-build.lock'), async () => {
      const [command, args] = launch(referat(out));
      const starter = spawn(command, [...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      let stderr = '';
      starter.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await until('the build has planned', () => stderr.includes('build: plan:'));
      const shell = command === 'sh' ? starter.pid! : childrenOf(starter.pid!)[0]!;
      const node = childrenOf(shell).find((pid) => commandOf(pid).includes('scripts/referat.ts'))!;
      expect(existsSync(join(out, lockFileName))).toBe(true);
      starter.kill('SIGKILL');
      await until('the build has stopped', () => !running(node));
      // Node writes the line, then exits: on a busy machine this process can see the exit before it has read the pipe.
      const why = `referat build: stopped: the process that started it (pid ${starter.pid}) has exited`;
      await until('the build has said why it stopped', () => stderr.includes(why), 5_000).catch(() => {});
      expect(stderr).toContain(why);
      expect(existsSync(join(out, lockFileName))).toBe(false);
      if (shell !== starter.pid) process.kill(shell, 'SIGKILL');
    });
  }, 60_000);

  it('should take Astro\'s esbuild service with it when killed with -9', async () => {
    const child = spawn('sh', ['-c', `exec ${referat(join(work, 'killed'))}`], { cwd: projectRoot, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let esbuild: number | undefined;
    await until('esbuild runs', () => (esbuild = childrenOf(child.pid!).find((pid) => commandOf(pid).includes('esbuild'))) !== undefined, 50_000);
    child.kill('SIGKILL');
    await until('esbuild has exited', () => !running(esbuild!));
  }, 60_000);
});
