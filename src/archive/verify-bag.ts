/**
 * Checks a BagIt bag (RFC 8493 §3): bagit.txt declares it, every line of
 * every payload manifest names a file under data/ with that checksum, every
 * file under data/ is in every payload manifest, Payload-Oxum (if given)
 * counts the payload, and every tag manifest line matches its file. Each
 * file is read once, whatever the number of manifests.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ruleIds } from '../diagnostics/messages.ts';
import { bagInfoFile, decodeBagPath } from './bag.ts';
import { Problems } from './problems.ts';
import { walkFiles } from './walk.ts';

/** BagIt algorithm names (RFC 8493 §2.4) and node's. */
const algorithms: Record<string, string> = { md5: 'md5', sha1: 'sha1', sha256: 'sha256', sha512: 'sha512', sha224: 'sha224', sha384: 'sha384' };

interface Listed {
  /** algorithm → expected hex, manifest and line */
  sums: Map<string, { hex: string; manifest: string; line: number }>;
}

export interface VerifyResult {
  problems: Problems;
  /** Payload files checked. */
  files: number;
}

async function hashes(file: string, names: readonly string[]): Promise<Map<string, string>> {
  const hashers = names.map((name) => [name, createHash(algorithms[name]!)] as const);
  for await (const chunk of createReadStream(file)) for (const [, hash] of hashers) hash.update(chunk as Buffer);
  return new Map(hashers.map(([name, hash]) => [name, hash.digest('hex')]));
}

/** Manifest lines: "<checksum> <path>" (one or more spaces or tabs between). */
function* manifestLines(text: string): Generator<{ line: number; hex: string; path: string } | { line: number; problem: string }> {
  const lines = text.split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    if (raw === '' && index === lines.length - 1) continue;
    const match = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(raw);
    if (!match) yield { line: index + 1, problem: 'expected "<checksum> <path>"' };
    else yield { line: index + 1, hex: match[1]!.toLowerCase(), path: decodeBagPath(match[2]!) };
  }
}

/** bag-info.txt as label → values (a line starting with whitespace continues the one before). */
export function parseBagInfo(text: string): Map<string, string[]> {
  const info = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (/^[ \t]/.test(line) && last) {
      last[last.length - 1] += ` ${line.trim()}`;
      continue;
    }
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const label = match[1]!.trim();
    last = info.get(label) ?? [];
    last.push(match[2]!.trim());
    info.set(label, last);
  }
  return info;
}

export async function verifyBag(dir: string, shown: string = dir): Promise<VerifyResult> {
  const problems = new Problems();
  const at = (path: string): string => join(shown, path);
  const names = await readdir(dir);

  const bagit = await readFile(join(dir, 'bagit.txt'), 'utf8').catch(() => undefined);
  if (bagit === undefined) problems.error(at('bagit.txt'), 'missing: not a bag', ruleIds.missingFile);
  else if (!/^BagIt-Version: \d+\.\d+\r?\n/.test(bagit) || !/^Tag-File-Character-Encoding: UTF-8\r?$/im.test(bagit)) {
    problems.error(at('bagit.txt'), 'expected "BagIt-Version: M.N" and "Tag-File-Character-Encoding: UTF-8"', ruleIds.badManifest);
  }

  const manifests = names.filter((name) => /^manifest-[a-z0-9]+\.txt$/.test(name)).sort();
  if (manifests.length === 0) problems.error(at('manifest-sha256.txt'), 'missing: a bag needs at least one payload manifest', ruleIds.missingFile);
  const listed = new Map<string, Listed>();
  const used: string[] = [];
  for (const manifest of manifests) {
    const algorithm = manifest.slice('manifest-'.length, -'.txt'.length);
    if (!algorithms[algorithm]) {
      problems.warn(at(manifest), `checksum algorithm "${algorithm}" is not one this tool computes: not checked`, ruleIds.badManifest);
      continue;
    }
    used.push(algorithm);
    const seen = new Set<string>();
    for (const entry of manifestLines(await readFile(join(dir, manifest), 'utf8'))) {
      if ('problem' in entry) {
        problems.error(at(manifest), entry.problem, ruleIds.badManifest, entry.line);
        continue;
      }
      if (!entry.path.startsWith('data/') || entry.path.split('/').includes('..')) {
        problems.error(at(manifest), `"${entry.path}" is not a file under data/`, ruleIds.badManifest, entry.line);
        continue;
      }
      if (seen.has(entry.path)) problems.error(at(manifest), `"${entry.path}" is listed twice`, ruleIds.badManifest, entry.line);
      seen.add(entry.path);
      const file = listed.get(entry.path) ?? { sums: new Map() };
      file.sums.set(algorithm, { hex: entry.hex, manifest, line: entry.line });
      listed.set(entry.path, file);
    }
  }

  // Every file under data/, hidden ones too: each must be in every manifest and match it.
  let files = 0;
  let octets = 0;
  const found = new Set<string>();
  if (!names.includes('data')) problems.error(at('data'), 'missing: a bag keeps its payload in data/', ruleIds.missingFile);
  const payload = names.includes('data') ? walkFiles(join(dir, 'data'), { onOther: (path) => problems.error(at(`data/${path}`), 'not a regular file', ruleIds.unlistedFile) }) : [];
  for await (const file of payload) {
    const path = `data/${file.path}`;
    files += 1;
    octets += (await stat(file.file)).size;
    found.add(path);
    const entry = listed.get(path);
    const missingFrom = used.filter((algorithm) => !entry?.sums.has(algorithm)).map((algorithm) => `manifest-${algorithm}.txt`);
    if (missingFrom.length > 0) problems.error(at(path), `not listed in ${missingFrom.join(', ')}: a file the bag does not account for`, ruleIds.unlistedFile);
    if (!entry) continue;
    const actual = await hashes(file.file, [...entry.sums.keys()]);
    for (const [algorithm, expected] of entry.sums) {
      if (actual.get(algorithm) !== expected.hex) {
        problems.error(at(path), `${algorithm} ${actual.get(algorithm)} differs from ${expected.manifest} line ${expected.line} (${expected.hex}): the file changed`, ruleIds.checksum);
      }
    }
  }
  for (const [path, entry] of listed) {
    if (found.has(path)) continue;
    const [first] = entry.sums.values();
    problems.error(at(path), `missing: listed in ${first!.manifest} line ${first!.line}`, ruleIds.missingFile);
  }

  const infoText = names.includes(bagInfoFile) ? await readFile(join(dir, bagInfoFile), 'utf8') : undefined;
  const oxum = infoText === undefined ? undefined : parseBagInfo(infoText).get('Payload-Oxum')?.[0];
  if (oxum !== undefined) {
    const match = /^(\d+)\.(\d+)$/.exec(oxum);
    if (!match) problems.error(at(bagInfoFile), `Payload-Oxum "${oxum}" is not "<octets>.<files>"`, ruleIds.payloadOxum);
    else if (Number(match[1]) !== octets || Number(match[2]) !== files) {
      problems.error(at(bagInfoFile), `Payload-Oxum ${oxum} differs from the payload found: ${octets}.${files} (${octets} bytes in ${files} files)`, ruleIds.payloadOxum);
    }
  }

  for (const manifest of names.filter((name) => /^tagmanifest-[a-z0-9]+\.txt$/.test(name)).sort()) {
    const algorithm = manifest.slice('tagmanifest-'.length, -'.txt'.length);
    if (!algorithms[algorithm]) {
      problems.warn(at(manifest), `checksum algorithm "${algorithm}" is not one this tool computes: not checked`, ruleIds.badManifest);
      continue;
    }
    for (const entry of manifestLines(await readFile(join(dir, manifest), 'utf8'))) {
      if ('problem' in entry) {
        problems.error(at(manifest), entry.problem, ruleIds.badManifest, entry.line);
        continue;
      }
      if (entry.path.startsWith('data/') || entry.path.split('/').includes('..')) {
        problems.error(at(manifest), `"${entry.path}" is not a tag file`, ruleIds.badManifest, entry.line);
        continue;
      }
      const actual = await hashes(join(dir, entry.path), [algorithm]).catch(() => undefined);
      if (!actual) problems.error(at(entry.path), `missing: listed in ${manifest} line ${entry.line}`, ruleIds.missingFile);
      else if (actual.get(algorithm) !== entry.hex) {
        problems.error(at(entry.path), `${algorithm} ${actual.get(algorithm)} differs from ${manifest} line ${entry.line} (${entry.hex}): the file changed`, ruleIds.checksum);
      }
    }
  }
  return { problems, files };
}
