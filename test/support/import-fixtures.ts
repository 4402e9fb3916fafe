/**
 * Import fixtures: `test/fixtures/import/<case>/input.txt` beside
 * `expected.json`, the model and messages a reviewer has read and agreed to.
 * `npm run fixtures:update [case…]` rewrites expected.json; tests only compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { importMinutes } from '../../src/minutes/index.ts';
import { meetingJson } from '../../src/cli/model-json.ts';
import { toString } from 'mdast-util-to-string';

export const fixturesDir = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function readInput(name: string): Uint8Array {
  return readFileSync(join(fixturesDir, name, 'input.txt'));
}

/** What a fixture pins: layout, the model as `parse --json` prints it, every message, every dropped line. */
export function fixtureResult(name: string): unknown {
  const result = importMinutes(readInput(name), { path: 'input.txt', municipalityFolder: null });
  const meeting = result.meeting ? (meetingJson(result.meeting) as Record<string, unknown>) : null;
  if (meeting) delete meeting.warnings;
  // The structure of each section, which `parse --json` leaves out: headings, lists, tables with caption, header rows, alignment.
  const structure = result.meeting?.items.map((item) => ({
    number: item.number,
    sections: item.sections.map((section) =>
      section.content.map((block) => {
        if (block.type === 'heading') return `heading ${block.depth}: ${toString(block)}`;
        if (block.type === 'table') return { table: { caption: block.data?.caption ?? null, headerRows: block.data?.headerRows ?? 1, align: block.align ?? [] } };
        if (block.type === 'list') return `list${block.ordered ? ' ordered' : ''} of ${block.children.length}`;
        return block.type;
      }),
    ),
  }));
  return {
    layout: result.layout?.layout.name ?? null,
    itemForm: result.itemForm,
    meeting,
    structure: structure ?? null,
    messages: result.file.messages
      .filter((m) => m.fatal !== undefined)
      .map((m) => ({ line: m.line ?? null, severity: m.fatal ? 'error' : 'warning', ruleId: m.ruleId, message: m.reason })),
    dropped: result.dropped.map((d) => ({ line: d.line, reason: d.reason, text: d.text.trim() })),
  };
}

export function readExpected(name: string): unknown {
  return JSON.parse(readFileSync(join(fixturesDir, name, 'expected.json'), 'utf8'));
}
