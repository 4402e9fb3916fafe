/** `referat parse FILE... [--json]`: the meeting model of each file (text, PDF or DOCX). */
import { readFile } from 'node:fs/promises';
import { importDocument } from '../../documents/import-document.ts';
import { ruleIds } from '../../diagnostics/messages.ts';
import { formatLine, formatMessages } from '../../diagnostics/report.ts';
import { exitCodes } from '../errors.ts';
import { meetingJson } from '../model-json.ts';
import type { Reporter } from '../reporter.ts';

export interface ParseOptions {
  files: string[];
  json: boolean;
  municipality?: string | undefined;
  /** Print the layout chosen, every layout's score and the rules that fired. */
  explain?: boolean;
  /** List every line the importer left out on purpose, with its place and rule. */
  dropped?: boolean;
  /** Read with this layout instead of the best-scoring one. */
  layout?: string | undefined;
}

export async function parseCommand(options: ParseOptions, reporter: Reporter): Promise<number> {
  const results: unknown[] = [];
  let failed = 0;
  for (const path of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const reason = `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
      reporter.err(formatLine({ path, severity: 'error', reason, ruleId: ruleIds.unreadableInput }));
      failed++;
      continue;
    }
    const result = await importDocument(bytes, { path, municipality: options.municipality ?? null, layout: options.layout ?? null, droppedMessages: options.dropped === true });
    for (const line of formatMessages(result.file)) reporter.err(line);
    if (options.explain && result.layout) {
      const { layout, score, rules, scores } = result.layout;
      reporter.out(`${path}: layout ${layout.name} (score ${score}) — ${layout.description}`);
      for (const rule of rules) reporter.out(`  rule ${rule.rule} (+${rule.weight}) at line ${rule.line}`);
      reporter.out(`  scores: ${scores.map((s) => `${s.name} ${s.score}`).join(', ')}`);
      reporter.out(`  items start with: ${result.itemForm ?? 'none found'}`);
    }
    if (options.dropped) {
      for (const line of formatMessages(result.file, { info: true })) if (line.includes(': info: Left out')) reporter.out(line);
    }
    if (!result.meeting) {
      failed++;
      continue;
    }
    if (options.json) {
      try {
        results.push(meetingJson(result.meeting));
      } catch (error) {
        // A model the contract rejects is the importer's bug: say so in one line, naming the file, and go on.
        reporter.err(formatLine({ path, severity: 'error', reason: (error as Error).message, ruleId: ruleIds.internal }));
        failed++;
      }
    } else {
      const m = result.meeting;
      reporter.out(`${path}: ${m.municipality ?? 'ukendt kommune'} · ${m.committee} · ${m.date} · ${m.items.length} punkter`);
      for (const item of m.items) reporter.out(`  ${item.number}. ${item.title}${item.closed ? ' (lukket)' : ''}${item.decision ? ` — ${item.decision.split('\n')[0]}` : ''}`);
    }
  }
  if (options.json) reporter.out(JSON.stringify(options.files.length === 1 ? (results[0] ?? null) : results, null, 2));
  return failed > 0 ? exitCodes.someFailed : exitCodes.ok;
}
