/**
 * Issue 10, point 2: a CPR number (DDMMYY-SSSS) never reaches published text,
 * however it is spelled, wrapped or hidden — and the numbers that only look
 * like one (phones, case numbers, KLE numbers, amounts, dates and times) stay.
 * All numbers here are invented.
 */
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import { cprMarker, redactCpr, redactLines, redactPath } from '../../src/minutes/redact.ts';
import type { Meeting } from '../../src/model/meeting.ts';
import { testMinutesHead } from '../support/test-minutes.ts';

/** Every string anywhere in the meeting model. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Small Lejre-style minutes with participants, a body, attachments and a decision. */
function minutes(parts: { participants?: string; body?: string; attachment?: string; title?: string } = {}): string {
  return [
    ...testMinutesHead,
    `Mødedeltagere ${parts.participants ?? 'Anna Andersen (A), Bo Berg (V)'}`,
    '',
    `Punkt 1: ${parts.title ?? 'Godkendelse af dagsorden'}`,
    '',
    'Sagsfremstilling',
    '',
    parts.body ?? 'Forvaltningen indstiller, at dagsordenen godkendes.',
    '',
    'Bilag',
    '',
    parts.attachment ?? 'Notat om sagen',
    '',
    'Beslutning Udvalget for Test den 08-01-2020',
    '',
    'Godkendt.',
    '',
  ].join('\n');
}

const encode = (text: string) => new TextEncoder().encode(text);
const imported = (text: string, options: { path?: string; municipality?: string; municipalityFolder?: string } = {}) =>
  importMinutes(encode(text), { path: options.path ?? 'test.txt', municipality: options.municipality ?? 'Testby Kommune', municipalityFolder: options.municipalityFolder });
const cprWarnings = (meeting: Meeting | null) => meeting!.warnings.filter((w) => w.ruleId === 'cpr-number');

describe('CPR numbers in text', () => {
  it.each([
    ['with a hyphen', '010190-1234'],
    ['as ten digits', '0101901234'],
    ['with an en dash', '010190–1234'],
    ['with U+2010 hyphen', '010190\u20101234'],
    ['with a space', '010190 1236'],
    ['with spaces in the date', '01 01 90-1237'],
    ['with spaces around the hyphen', '010190 - 1245'],
    ['with a no-break space', '010190\u00a01238'],
    ['with a soft hyphen', '010190\u00ad1239'],
    ['with a non-breaking hyphen U+2011', '010190\u20111240'],
    ['with a minus sign U+2212', '010190\u22121241'],
    ['with an em dash', '010190—1242'],
    ['with a slash', '010190/1243'],
    ['with a dot', '010190.1244'],
    ['in full-width digits', '０１０１９０－１２４６'],
    ['with a zero-width space inside', '0101\u200b90-1247'],
    ['with a word joiner and a BOM inside', '01\u206001\ufeff90-1248'],
  ])('should redact a number %s', (_, cpr) => {
    expect(redactCpr(`Borgeren (${cpr}) klagede.`)).toEqual({ text: `Borgeren (${cprMarker}) klagede.`, count: 1 });
  });

  it('should redact two numbers joined by a slash, which each look glued to a longer number', () => {
    expect(redactCpr('cpr 010190-1234/020290-4321').text).toBe(`cpr ${cprMarker}/${cprMarker}`);
  });

  it('should redact a number glued to a label', () => {
    expect(redactCpr('cpr.nr.010190-1249 og CPR-0202901250').text).toBe(`cpr.nr.${cprMarker} og CPR-${cprMarker}`);
  });

  it('should redact overlapping numbers as one, and a number inside a longer run of digit pairs', () => {
    expect(redactCpr('nr. 010190 1203 45 6789 her').text).toBe(`nr. ${cprMarker} her`);
    expect(redactCpr('nr. 3101 010190-1234 her').text).toBe(`nr. 3101 ${cprMarker} her`);
  });

  it('should redact a date in February 29 of a leap year and numbers failing modulus 11', () => {
    // 290200-4321 fails modulus 11 (numbers since 2007 may): still a CPR number.
    expect(redactCpr('født 290200-4321').text).toBe(`født ${cprMarker}`);
  });

  it.each([
    ['a phone number', 'tlf. 39 57 52 40'],
    ['a phone number in pairs followed by another', 'tlf. 21 05 80 40 / 22 06 81 41'],
    ['a case number', 'sag 2018/01267'],
    ['a case number with six digits after the year', 'sag 2018/012671'],
    ['a KLE number', '00.01.00G01-0006 17'],
    ['an amount', 'beløb 1.234.567 kr.'],
    ['a large amount', 'beløb 1.175.660.000 kr.'],
    ['a bank account', 'reg.nr. og konto 1234-0101901234'],
    ['a date and a time with a colon', 'mødet 01-02-21 17:00'],
    ['a dotted date and a dotted time', 'mødet 01.02.2021 kl. 17.00'],
    ['a compact date and a time with a colon', 'mødet 010221 17:00'],
    ['a compact date and a time range', 'mødet 010221 1700-1900'],
    ['a date range', 'i perioden 01.01.2018–31.05.2018'],
    ['a number whose first six digits are no date', 'nr. 320299-1234'],
    ['a number with month 13', 'nr. 011390-1234'],
    ['an eleven-digit number', '12345678901'],
    ['a six-digit case number', 'sagsnr. 343952'],
    ['numbers in table cells', '010190\t1234'],
  ])('should leave %s alone', (_, text) => {
    expect(redactCpr(text)).toEqual({ text, count: 0 });
  });

  // The trade-off (see redact.ts): "DDMMYY-HHMM" reads as a CPR number and is redacted.
  it.each(['010221-1700', '201231-0042', '120319-0800'])('should redact %s, a compact date and time that is also a valid CPR number', (text) => {
    expect(redactCpr(`mødet ${text}`).text).toBe(`mødet ${cprMarker}`);
  });
});

describe('CPR numbers over line wraps', () => {
  it('should redact a number split after its hyphen and merge the two lines, keeping the first line number', () => {
    const result = redactLines([
      { text: 'Borgeren med cpr.nr. 010190-', line: 7 },
      { text: '1253 fik medhold.', line: 8 },
      { text: 'Næste linje 010190', line: 9 },
    ]);
    expect(result).toEqual({
      lines: [
        { text: `Borgeren med cpr.nr. ${cprMarker} fik medhold.`, line: 7 },
        { text: 'Næste linje 010190', line: 9 },
      ],
      hits: [7],
    });
  });

  it('should redact a number split at its space, and inside the date', () => {
    expect(redactLines([{ text: 'cpr 010190', line: 1 }, { text: '  1254 her', line: 2 }]).lines).toEqual([{ text: `cpr ${cprMarker} her`, line: 1 }]);
    expect(redactLines([{ text: 'cpr 01 01', line: 1 }, { text: '90-1255 her', line: 2 }]).lines).toEqual([{ text: `cpr ${cprMarker} her`, line: 1 }]);
  });

  it('should not join a six-digit number to a four-digit one across a blank line or after a full stop', () => {
    const lines = [
      { text: 'Sagen 150319.', line: 1 },
      { text: '2019 var året', line: 2 },
      { text: 'Sagen 150319', line: 3 },
      { text: '', line: 4 },
      { text: '2019 var året', line: 5 },
    ];
    expect(redactLines(lines)).toEqual({ lines, hits: [] });
  });

  it('should warn with the line where a wrapped number starts, and publish none of it', () => {
    const text = minutes({ body: 'Borgeren med cpr.nr. 010190-\n1253 fik medhold, og en anden med 020290\n1261.' });
    const { meeting } = imported(text);
    expect(cprWarnings(meeting)).toEqual([
      { line: 14, message: 'Unexpected CPR number in published text, expected none: redacted', ruleId: 'cpr-number', fatal: false },
      { line: 15, message: 'Unexpected CPR number in published text, expected none: redacted', ruleId: 'cpr-number', fatal: false },
    ]);
    const body = meeting!.items[0]!.sections[0]!.text;
    expect(body).toBe(`Borgeren med cpr.nr. ${cprMarker} fik medhold, og en anden med ${cprMarker}.`);
  });

  it('should redact a number whose halves a page break separates', () => {
    const body = 'Borgeren med cpr.nr. 010190-\n\nSide 2 af 3\n\n1262 fik medhold.';
    const { meeting } = imported(minutes({ body }));
    expect(strings(meeting).join('\n')).not.toMatch(/1262/);
    expect(meeting!.items[0]!.sections[0]!.text).toContain(cprMarker);
    expect(cprWarnings(meeting)).toHaveLength(1);
  });
});

describe('CPR numbers in fields and paths', () => {
  it('should redact a number in a participant name', () => {
    const { meeting } = imported(minutes({ participants: 'Anna Andersen 010190 1270 (A), Bo Berg (V)' }));
    expect(meeting!.participants.map((p) => p.name)).toEqual([`Anna Andersen ${cprMarker}`, 'Bo Berg']);
    expect(cprWarnings(meeting).map((w) => w.line)).toEqual([8]);
  });

  it('should redact a number in an attachment name and an item title', () => {
    const { meeting } = imported(minutes({ attachment: 'Partshøring 010190\u20111271.pdf', title: 'Klage fra 01 01 90-1272' }));
    expect(meeting!.items[0]!.attachments).toEqual([`Partshøring ${cprMarker}.pdf`]);
    expect(meeting!.items[0]!.title).toBe(`Klage fra ${cprMarker}`);
  });

  it('should take a number out of the source path, with a warning naming the file', () => {
    const { meeting, file } = imported(minutes(), { path: 'in/testby/referat 010190-1273.txt' });
    expect(meeting!.source.path).toBe('in/testby/referat cpr-nummer-fjernet.txt');
    expect(file.path).toBe('in/testby/referat 010190-1273.txt'); // messages name the real file, so it can be found
    expect(cprWarnings(meeting)).toEqual([
      { line: null, message: 'Unexpected CPR number in the file name, expected none: published with "cpr-nummer-fjernet" in its place', ruleId: 'cpr-number', fatal: false },
    ]);
  });

  it('should take a number out of a municipality folder name and --municipality', () => {
    const fromFolder = imported(minutes(), { municipality: '', municipalityFolder: 'testby-010190-1274' }).meeting!;
    expect(fromFolder.municipality).toBe(`Testby-${cprMarker} Kommune`);
    expect(cprWarnings(fromFolder)[0]!.message).toContain(`published as "Testby-${cprMarker} Kommune"`);
    expect(imported(minutes(), { municipality: 'Testby 0101901275' }).meeting!.municipality).toBe(`Testby ${cprMarker}`);
  });

  it('should replace a number in a path with a plain token', () => {
    expect(redactPath('arkiv/010190-1276/referat_0202901277.txt')).toBe('arkiv/cpr-nummer-fjernet/referat_cpr-nummer-fjernet.txt');
    expect(redactPath('arkiv/referat_030390_1278.txt')).toBe('arkiv/referat_cpr-nummer-fjernet.txt');
    expect(redactPath('arkiv/2018/012671.txt')).toBe('arkiv/2018/012671.txt');
  });
});
