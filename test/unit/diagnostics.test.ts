/**
 * Diagnostics are data with a place and a rule (src/diagnostics/messages.ts owns every ruleId):
 * a content file that cannot be written is reported at the item's line in the minutes, on a worker
 * as on this thread, and every message the importer gives names a known rule.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileError, ruleIds } from '../../src/diagnostics/messages.ts';
import { convertSource } from '../../src/cli/convert-source.ts';
import { meetingFiles } from '../../src/mdx/meeting-files.ts';
import { renderMdx } from '../../src/mdx/render-mdx.ts';
import * as entries from '../../src/manifest/entries.ts';
import { importMinutes } from '../../src/minutes/index.ts';
import { testMinutesHead } from '../support/test-minutes.ts';
import { fixtureNames, readInput } from '../support/import-fixtures.ts';
import { decision, meeting, openItem } from '../fixtures/mdx/meeting.ts';

vi.mock('../../src/manifest/entries.ts', async (original) => {
  const actual = await original<typeof import('../../src/manifest/entries.ts')>();
  return { ...actual, meetingContent: vi.fn(actual.meetingContent) };
});

afterEach(() => {
  vi.mocked(entries.meetingContent).mockReset();
});

const known = new Set<string>(Object.values(ruleIds));

describe('a content file that cannot be written', () => {
  it('is a FileError at the source line of its item, naming the field', () => {
    const bad = openItem({ line: 42, decisions: [decision({ date: '04-02-2021' })] });
    const thrown = (() => {
      try {
        meetingFiles(meeting({ items: [bad] }));
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(FileError);
    expect(thrown).toMatchObject({ line: 42, ruleId: 'unwritable-content', message: expect.stringContaining('Invalid item frontmatter: `decisions.0.date`') });
  });

  it('is reported by convert as `file:line: error: … [rule]`, and the file is not written', async () => {
    const actual = await vi.importActual<typeof import('../../src/manifest/entries.ts')>('../../src/manifest/entries.ts');
    vi.mocked(entries.meetingContent).mockImplementation((m) => actual.meetingContent({ ...m, items: m.items.map((item) => ({ ...item, decisions: [decision({ date: '04-02-2021' })] })) }));
    const bytes = new TextEncoder().encode([...testMinutesHead, 'Punkt 1: Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', ''].join('\n'));
    const result = convertSource({ bytes, path: 'in/a.txt', key: 'a.txt', municipality: 'Prøveby Kommune', municipalityFolder: null, strict: false });
    expect(result.content).toBeUndefined();
    const line = importMinutes(bytes, { path: 'in/a.txt', municipality: 'Prøveby Kommune' }).meeting!.items[0]!.line;
    expect(result.messages.at(-1)).toBe(`in/a.txt:${line}: error: Invalid item frontmatter: \`decisions.0.date\`: Expected a date as YYYY-MM-DD [unwritable-content]`);
  });
});

describe('rule ids', () => {
  it.each(fixtureNames())('every message of import fixture %s names a rule of messages.ts', (name) => {
    const { file } = importMinutes(readInput(name), { path: 'input.txt', municipalityFolder: null, droppedMessages: true });
    expect(file.messages.length).toBeGreaterThan(0);
    expect(file.messages.map((m) => m.ruleId).filter((id) => !known.has(id ?? ''))).toEqual([]);
  });

  it('a hand-edited content file with code is refused with a rule of messages.ts and its place', () => {
    expect(() => renderMdx('---\ntitle: "x"\n---\n\nTekst\n\n{1 + 1}\n')).toThrow(expect.objectContaining({ ruleId: ruleIds.mdxCode, line: 7 }));
  });
});
