/**
 * The zod model (src/model/meeting.ts) is the one definition of a meeting; the
 * frontmatter and `parse --json` contracts (src/model/schema.ts) are
 * projections of it. These tests fail when a projection drifts: a field added
 * to the model but not published, a field re-declared instead of taken from
 * the model, or an importer result the model does not describe.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { decisionSchema, itemSchema, meetingSchema, participantSchema, sectionSchema } from '../../src/model/meeting.ts';
import {
  agendaEntrySchema,
  decisionFrontmatterSchema,
  itemFrontmatterSchema,
  meetingFrontmatterSchema,
  meetingJsonSchema,
  sectionFrontmatterSchema,
} from '../../src/model/schema.ts';
import { importMinutes } from '../../src/minutes/index.ts';
import { fixtureNames, readInput } from '../support/import-fixtures.ts';
import { meeting } from '../fixtures/mdx/meeting.ts';
import { meetingFrontmatter } from '../../src/mdx/meeting-frontmatter.ts';
import { itemFrontmatter } from '../../src/mdx/item-frontmatter.ts';

type Shape = Record<string, z.ZodType>;
const keys = (schema: { shape: Shape }): string[] => Object.keys(schema.shape);
const without = (list: string[], ...drop: string[]): string[] => list.filter((key) => !drop.includes(key));
/** The element schema of an array field. */
const elementOf = (field: z.ZodType): { shape: Shape } => (field as unknown as z.ZodArray<z.ZodObject<Shape>>).element;

describe('the frontmatter is a projection of the model', () => {
  it('item entries: the meeting head, then every item field but the source line, with occurrence after number; bodies as metadata', () => {
    const itemKeys = without(keys(itemSchema), 'line');
    expect(keys(itemFrontmatterSchema)).toEqual(['municipality', 'committee', 'term', 'date', itemKeys[0], 'occurrence', ...itemKeys.slice(1)]);
    // A decision keeps its plain text (search and the agenda read it); a section only names itself, its text is the MDX body.
    expect(keys(elementOf(itemFrontmatterSchema.shape.decisions))).toEqual(without(keys(decisionSchema), 'content'));
    expect(keys(elementOf(itemFrontmatterSchema.shape.sections))).toEqual(without(keys(sectionSchema), 'text', 'content'));
  });

  it('meeting entries: every meeting field but items and warnings, source last, then the agenda', () => {
    expect(keys(meetingFrontmatterSchema)).toEqual([...without(keys(meetingSchema), 'source', 'items', 'warnings'), 'source', 'agenda']);
    expect(keys(elementOf(meetingFrontmatterSchema.shape.participants))).toEqual(keys(participantSchema));
  });

  it('agenda entries: item fields only, and occurrence', () => {
    expect(without(keys(agendaEntrySchema), 'occurrence').every((key) => key in itemSchema.shape)).toBe(true);
    expect(keys(agendaEntrySchema)).toEqual(['number', 'occurrence', 'title', 'kind', 'closed', 'decision']);
  });

  it('declares no field twice: each published field is the model field itself', () => {
    for (const key of without(keys(itemFrontmatterSchema), 'occurrence', 'decisions', 'sections')) {
      expect(itemFrontmatterSchema.shape[key as keyof typeof itemFrontmatterSchema.shape], key).toBe({ ...meetingSchema.shape, ...itemSchema.shape }[key]);
    }
    for (const key of without(keys(meetingFrontmatterSchema), 'agenda')) {
      expect(meetingFrontmatterSchema.shape[key as keyof typeof meetingFrontmatterSchema.shape], key).toBe(meetingSchema.shape[key as keyof typeof meetingSchema.shape]);
    }
    for (const key of without(keys(agendaEntrySchema), 'occurrence')) {
      expect(agendaEntrySchema.shape[key as keyof typeof agendaEntrySchema.shape], key).toBe(itemSchema.shape[key as keyof typeof itemSchema.shape]);
    }
    for (const key of keys(decisionFrontmatterSchema)) expect(decisionFrontmatterSchema.shape[key as 'text'], key).toBe(decisionSchema.shape[key as 'text']);
    for (const key of keys(sectionFrontmatterSchema)) expect(sectionFrontmatterSchema.shape[key as 'kind'], key).toBe(sectionSchema.shape[key as 'kind']);
  });

  it('publishes no body text and no source line', () => {
    const m = meeting();
    const published = JSON.stringify([meetingFrontmatter(m), ...m.items.map((item) => itemFrontmatter(m, item))]);
    for (const field of ['"content"', '"text":"Kommunen', '"line"', '"warnings"', '"items"']) expect(published).not.toContain(field);
  });
});

describe('parse --json is a projection of the model', () => {
  it('keeps every model field but the mdast bodies and the items’ source lines; warnings keep their ruleId', () => {
    expect(keys(meetingJsonSchema)).toEqual(keys(meetingSchema));
    const item = elementOf(meetingJsonSchema.shape.items);
    expect(keys(item)).toEqual(without(keys(itemSchema), 'line'));
    expect(keys(elementOf(item.shape.sections!))).toEqual(without(keys(sectionSchema), 'content'));
    expect(keys(elementOf(item.shape.decisions!))).toEqual(without(keys(decisionSchema), 'content'));
    expect(keys(elementOf(meetingJsonSchema.shape.warnings))).toEqual(['line', 'message', 'ruleId']);
  });
});

describe('the model describes what the importer produces', () => {
  it.each(fixtureNames())('import fixture %s', (name) => {
    const { meeting: imported } = importMinutes(readInput(name), { path: 'input.txt', municipalityFolder: null });
    if (!imported) return;
    const result = meetingSchema.safeParse(imported);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
