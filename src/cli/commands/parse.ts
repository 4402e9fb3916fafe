/** `referat parse FILE... [--json]`: the meeting model of each file. */
import { readFile } from 'node:fs/promises';
import { importMinutes } from '../../minutes/index.ts';
import { formatMessages } from '../../diagnostics/report.ts';
import { exitCodes } from '../errors.ts';
import { meetingJson } from '../model-json.ts';
import type { Reporter } from '../reporter.ts';

export interface ParseOptions {
  files: string[];
  json: boolean;
  municipality?: string | undefined;
}

export async function parseCommand(options: ParseOptions, reporter: Reporter): Promise<number> {
  const results: unknown[] = [];
  let failed = 0;
  for (const path of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      reporter.err(`${path}: error: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
      failed++;
      continue;
    }
    const result = importMinutes(bytes, { path, municipality: options.municipality ?? null });
    for (const line of formatMessages(result.file)) reporter.err(line);
    if (!result.meeting) {
      failed++;
      continue;
    }
    if (options.json) results.push(meetingJson(result.meeting));
    else {
      const m = result.meeting;
      reporter.out(`${path}: ${m.municipality ?? 'ukendt kommune'} · ${m.committee} · ${m.date} · ${m.items.length} punkter`);
      for (const item of m.items) reporter.out(`  ${item.number}. ${item.title}${item.closed ? ' (lukket)' : ''}${item.decision ? ` — ${item.decision.split('\n')[0]}` : ''}`);
    }
  }
  if (options.json) reporter.out(JSON.stringify(options.files.length === 1 ? (results[0] ?? null) : results, null, 2));
  return failed > 0 ? exitCodes.someFailed : exitCodes.ok;
}
