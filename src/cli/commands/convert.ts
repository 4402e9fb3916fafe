/**
 * `referat convert --input DIR --content DIR`: minutes in, MDX collections out.
 *
 * Streams: sources are read, imported and written in order, a few at a time
 * (the importing on worker threads, convert-pool.ts), and released, so
 * memory does not grow with the archive. Sources whose bytes (and options)
 * are unchanged since the last run are skipped using the manifest.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { createConvertPool } from '../convert-pool.ts';
import type { ConvertSourceResult } from '../convert-source.ts';
import { sourceStamps } from '../source-stamps.ts';
import { exitCodes } from '../errors.ts';
import { listMinutes, municipalityFolder, removeFile } from '../io.ts';
import { fileWriter } from '../../utils/write-if-changed.ts';
import { emptyManifest, meetingDigests, readManifest, writeManifest } from '../../manifest/file.ts';
import { contentFolders, meetingEntrySchema, type SiteManifest } from '../../manifest/schema.ts';
import { filesInFoldersInBackground } from '../../utils/list-files.ts';
import type { Reporter } from '../reporter.ts';
import { codeVersion } from '../../site/code-version.ts';
import { convertSitePages } from '../site-pages.ts';
import { redactCpr, redactPath } from '../../minutes/redact.ts';
import { lockFolder } from '../../site/build-lock.ts';
import { checkSeparate, claimFolder } from '../../site/folders.ts';
import type { MunicipalityEntry } from '../../model/municipalities.ts';

export interface ConvertOptions {
  input: string;
  content: string;
  municipality?: string | undefined;
  strict?: boolean;
  /** The config's municipalities, added to or in place of the built-in ones (model/municipalities.ts). */
  municipalities?: readonly MunicipalityEntry[];
  /** Print a progress line every this many sources (0: never). */
  progressEvery?: number;
  /** The caller holds the content folder's lock (lockFolder), e.g. for the whole `referat build`. @default false */
  locked?: boolean;
}

export interface ConvertResult {
  exitCode: number;
  converted: number;
  skipped: number;
  /** Of the skipped, those not even read: their stamp (size, times, inode) is the one they had when last hashed (source-stamps.ts). */
  unread: number;
  failed: number;
  removed: number;
  /** Content files written, changed or deleted in this run (relative to the content folder). */
  changedOutputs: string[];
  /**
   * The manifest as written, equal to what readManifest gives back (entries through its schema, records sorted):
   * `referat build` hands it to the site build instead of reading and checking the file again. Undefined until written.
   */
  manifest?: SiteManifest;
  /** The digest of each meeting's entry, from the lines the manifest was written as (file.ts `meetingDigests`): for the build plan. */
  meetingDigests?: Map<string, string>;
  /**
   * The files of the content folder's folders (`contentFolders`) as this run left them, sorted: listed once, while the
   * manifest was read, and kept up to date with what the run wrote and deleted. The build checks it for unlisted files.
   */
  contentFiles?: string[];
}

export async function convertCommand(options: ConvertOptions, reporter: Reporter): Promise<ConvertResult> {
  const content = resolve(options.content);
  // Convert deletes files in the content folder: never in the input, never in someone else's folder.
  await checkSeparate([{ flag: '--input', path: resolve(options.input) }, { flag: '--content', path: content }]);
  await claimFolder(content, 'content', '--content');
  const lock = options.locked ? undefined : lockFolder(content);
  try {
    return await convertLocked(options, reporter);
  } finally {
    lock?.release();
  }
}

async function convertLocked(options: ConvertOptions, reporter: Reporter): Promise<ConvertResult> {
  const input = resolve(options.input);
  const content = resolve(options.content);
  const result: ConvertResult = { exitCode: exitCodes.ok, converted: 0, skipped: 0, unread: 0, failed: 0, removed: 0, changedOutputs: [] };
  // From the start: listing the sources and reading the manifest are a good part of an incremental run.
  const started = Date.now();
  // Which outputs are still there: one listing, taken on another thread while this one reads the manifest,
  // instead of a check per output of every unchanged source (80 000 at 75 000 items).
  const listed = filesInFoldersInBackground({ root: content, folders: contentFolders });
  listed.catch(() => {});
  /** A path relative to the input folder, as messages name it. */
  const nameOf = (path: string): string => relative(input, path).split(sep).join('/');
  const listing = await listMinutes(input);
  const sources = listing.files;
  const hidden = listing.skipped.filter((s) => s.reason === 'hidden' || s.reason === 'site file').map((s) => nameOf(s.path));
  for (const { path, reason } of listing.skipped) {
    if (reason !== 'hidden' && reason !== 'site file') reporter.err(`${nameOf(path)}: warning: skipped (${reason}) [skipped-input]`);
  }
  // Hidden files (.git, .DS_Store) are routine: one line says how many and which.
  if (hidden.length > 0) reporter.err(`${options.input}: info: skipped ${hidden.length} hidden or site file${hidden.length === 1 ? '' : 's'} (not minutes): ${hidden.slice(0, 5).join(', ')}${hidden.length > 5 ? ', …' : ''} [skipped-input]`);
  if (sources.length === 0) reporter.err(`${options.input}: warning: no minutes (*.txt) found`);
  // The manifest is kept in the content folder: it may hold no CPR number either (the output depends only on the redacted value).
  const cacheKey = JSON.stringify({ format: codeVersion('content'), municipality: options.municipality ? redactCpr(options.municipality).text : null, strict: options.strict === true, municipalities: options.municipalities ?? [] });
  const keys = publicKeys(sources.map(nameOf));
  /** The same path as published and in the manifest. */
  const keyOf = (path: string): string => keys.get(nameOf(path))!;
  const stamps = sourceStamps(input, content);
  const seenBefore = new Map(sources.map((path) => [path, stamps.lookUp(keyOf(path), path)]));
  const pool = createConvertPool(sources.length, (text) => reporter.err(`referat convert: warning: ${text}`));
  // A source whose stamp changed is most likely converted: the workers start now, loading the importer
  // while this thread reads the manifest, instead of after it (a second of one new meeting's build).
  if ([...seenBefore.values()].some((seen) => seen.sha256 === undefined)) pool.warm();
  const read = await readManifest(content).catch(async (error: unknown) => {
    await pool.close();
    throw error;
  });
  // No usable manifest (none yet, or an older Referat's): every source is converted again.
  const manifest: SiteManifest = 'manifest' in read ? read.manifest : emptyManifest();
  /** The content files there are now: the listing, with what this run writes and deletes. */
  const present = new Set(await listed);
  const writer = fileWriter();
  const previous: SiteManifest['sources'] = { ...manifest.sources };
  const owners = new Map<string, string>();
  for (const [source, entry] of Object.entries(previous)) for (const output of entry.outputs) owners.set(output, source);
  const current = new Set(keys.values());
  const seen = new Set<string>();
  const progressEvery = options.progressEvery ?? 250;

  type Prepared = { sha256: string; bytes: Uint8Array; converted: ConvertSourceResult } | { converted: undefined; read: boolean };
  /** Reads a source and, unless the manifest says it is unchanged, converts it (on a worker). */
  const prepare = async (path: string): Promise<Prepared> => {
    const key = keyOf(path);
    const known = previous[key];
    const unchanged = (sha256: string): boolean => known !== undefined && known.sha256 === sha256 && known.key === cacheKey && known.outputs.every((o) => present.has(o));
    // Not read again if its stamp is the one it had when its hash was taken (source-stamps.ts).
    const { stamp, sha256: stamped } = seenBefore.get(path)!;
    if (stamped !== undefined && unchanged(stamped)) return { converted: undefined, read: false };
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    stamps.record(key, stamp, sha256);
    if (unchanged(sha256)) return { converted: undefined, read: true };
    const request = { bytes, path: join(options.input, nameOf(path)), key, municipality: options.municipality ?? null, municipalityFolder: municipalityFolder(input, path), municipalities: options.municipalities ?? [], strict: options.strict === true };
    return { sha256, bytes, converted: await pool.run(request) };
  };
  // Sources being prepared ahead of the one being written: enough to keep every worker busy, few enough to stay small.
  const lookahead = 16;
  const prepared: Promise<Prepared>[] = [];
  const settle = (index: number): void => {
    const path = sources[index];
    if (path !== undefined && prepared[index] === undefined) {
      prepared[index] = prepare(path);
      prepared[index].catch(() => {});
    }
  };

  try {
    for (const [index, path] of sources.entries()) {
      const key = keyOf(path);
      seen.add(key);
      if (progressEvery > 0 && index > 0 && index % progressEvery === 0) {
        reporter.err(`convert: ${index}/${sources.length} sources (${result.converted} converted, ${result.skipped} unchanged, ${result.failed} failed) ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      for (let ahead = index; ahead <= index + lookahead; ahead++) settle(ahead);
      try {
        const ready = await prepared[index]!;
        delete prepared[index];
        const known = previous[key];
        if (!ready.converted) {
          result.skipped++;
          if (!ready.read) result.unread++;
          continue;
        }
        const { sha256, bytes, converted } = ready;
        for (const line of converted.messages) reporter.err(line);
        if (!converted.content) throw new Failed();
        const { files, entry } = converted.content;
        // Another source still in the input already wrote this meeting (a renamed file is not a clash).
        const clash = files.find((f) => {
          const owner = owners.get(f.path);
          return owner !== undefined && owner !== key && current.has(owner) && manifest.sources[owner] !== undefined;
        });
        if (clash) {
          reporter.err(`${join(options.input, nameOf(path))}: error: Unexpected second minutes for the same meeting, expected one file per meeting (names a URL writes alike, such as "Ø" and "Oe", count as one): ${clash.path} is already written from ${owners.get(clash.path)}`);
          throw new Failed();
        }
        // The published document itself (PDF, DOCX) is kept beside the content it was read into: the site publishes it as the record.
        const written = [...files, ...(entry.document ? [{ path: entry.document.file, contents: bytes }] : [])];
        const outputs = written.map((f) => f.path);
        for (const file of written) {
          // The listing names every file of the content folders, and this run is their one writer: a file it does not name is new.
          if (writer.write(join(content, file.path), file.contents, !present.has(file.path))) result.changedOutputs.push(file.path);
          present.add(file.path);
          owners.set(file.path, key);
        }
        for (const stale of known?.outputs ?? []) {
          if (!outputs.includes(stale)) {
            await removeFile(join(content, stale));
            present.delete(stale);
            result.changedOutputs.push(stale);
          }
        }
        for (const id of known?.meetings ?? []) if (manifest.meetings[id]?.source === key) delete manifest.meetings[id];
        // Through the schema, as a later run reads it back: the same keys in the same order, so the manifest's bytes
        // never depend on which meetings this run converted.
        manifest.meetings[entry.id] = meetingEntrySchema.parse({ ...entry, source: key });
        manifest.sources[key] = { sha256, key: cacheKey, outputs, meetings: [entry.id] };
        result.converted++;
      } catch (error) {
        if (!(error instanceof Failed)) {
          reporter.err(`${join(options.input, nameOf(path))}: error: ${(error as Error).message ?? String(error)} [internal]`);
          if (process.env.REFERAT_DEBUG) reporter.err(String((error as Error).stack));
        }
        result.failed++;
        if (options.strict) break;
      }
    }
  } finally {
    await pool.close();
    stamps.save();
  }
  // Sources that disappeared take their pages with them, unless another source now writes them.
  const written = new Set(Object.entries(manifest.sources).flatMap(([key, entry]) => (seen.has(key) ? entry.outputs : [])));
  for (const [key, entry] of Object.entries(previous)) {
    if (seen.has(key)) continue;
    for (const output of entry.outputs) {
      if (written.has(output)) continue;
      await removeFile(join(content, output));
      present.delete(output);
      result.changedOutputs.push(output);
    }
    for (const id of entry.meetings) if (manifest.meetings[id]?.source === key) delete manifest.meetings[id];
    delete manifest.sources[key];
    result.removed++;
  }
  const pages = await convertSitePages(input, options.input, content, manifest.pages, (line) => reporter.err(line));
  manifest.pages = pages.pages;
  result.failed += pages.failed;
  result.changedOutputs.push(...pages.changed);
  for (const file of pages.changed) {
    if (existsSync(join(content, file))) present.add(file);
    else present.delete(file);
  }
  result.contentFiles = [...present].sort();
  const manifestWritten = await writeManifest(content, manifest, 'lines' in read ? read.lines : undefined);
  result.manifest = manifestWritten.manifest;
  result.meetingDigests = meetingDigests(manifestWritten.manifest, manifestWritten.lines);
  // The manifest of Referat before version 2, replaced by manifest.json.
  await removeFile(join(content, '.referat-manifest.json'));
  result.exitCode = result.failed > 0 ? exitCodes.someFailed : exitCodes.ok;
  reporter.err(
    `convert: ${sources.length} sources: ${result.converted} converted, ${result.skipped} unchanged, ${result.failed} failed, ${result.removed} removed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return result;
}

/**
 * Source keys as published (`source.path`) and kept in the manifest: the path relative to the input folder with CPR
 * numbers replaced (the importer warns, naming the file). Two paths that differ only in the number get "-2", "-3", …
 * in source order, so each source keeps a key of its own.
 */
export function publicKeys(names: readonly string[]): Map<string, string> {
  const taken = new Set(names.filter((name) => redactPath(name) === name));
  const keys = new Map<string, string>();
  for (const name of names) {
    const redacted = redactPath(name);
    let key = redacted;
    if (redacted !== name) {
      for (let n = 2; taken.has(key); n++) key = redacted.replace(/(\.[^./]*)?$/, `-${n}$1`);
      taken.add(key);
    }
    keys.set(name, key);
  }
  return keys;
}

/** A source that failed with messages already reported. */
class Failed extends Error {}
