/**
 * Closed items fail safe: whatever closed marker the minutes use, wherever it
 * stands, the item's case text, attachments and absence list never reach the
 * model, the content files or `parse --json`.
 */
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import { meetingFiles } from '../../src/mdx/index.ts';
import { meetingJson } from '../../src/cli/model-json.ts';
import { readInput } from '../support/import-fixtures.ts';

function published(name: string): { closed: Array<[number, boolean]>; text: string; participants: string[] } {
  const result = importMinutes(readInput(name), { path: 'input.txt', municipality: 'Testby Kommune' });
  const meeting = result.meeting!;
  const files = meetingFiles(meeting).map((f) => f.contents);
  return {
    closed: meeting.items.map((i) => [i.number, i.closed]),
    text: [...files, JSON.stringify(meetingJson(meeting))].join('\n'),
    participants: meeting.participants.map((p) => p.name),
  };
}

describe('closed items', () => {
  const forms = ['Lukket: …', 'Lukket punkt: …', 'Lukket sag: …', 'Lukket - …', '(Lukket) …', '… (lukket)', '… (lukket punkt)', 'Fortroligt: …'];
  const titles = published('closed-title-forms');
  forms.forEach((form, index) => {
    it(`should close an item titled "${form}" and publish none of its case text`, () => {
      const number = index + 2;
      expect(titles.closed.find(([n]) => n === number)).toEqual([number, true]);
      expect(titles.text).not.toMatch(new RegExp(`sagstekst nummer ${number}\\b|bilag ${number}\\b|Fraværende${number}\\b`, 'i'));
    });
  });
  it('should keep the open item open', () => {
    expect(titles.closed[0]).toEqual([1, false]);
  });
  it('should keep the names under a closed item\'s "Afbud:" out of the participants', () => {
    expect(titles.participants.filter((name) => /hemmelig/i.test(name))).toEqual([]);
  });
  it('should close an item whose table-of-contents entry says "Lukket:" although its heading does not', () => {
    const toc = published('closed-toc');
    expect(toc.closed).toEqual([[1, false], [2, true]]);
    expect(toc.text).not.toMatch(/hemmelig/i);
  });
  it('should close an item with a "Lukket punkt" line after its first section, and publish none of its sections', () => {
    const line = published('closed-line');
    expect(line.closed).toEqual([[1, false], [2, true]]);
    expect(line.text).not.toMatch(/hemmelig/i);
  });
});
