import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/minutes/inline.ts';
import { redactCpr } from '../../src/minutes/redact.ts';

describe('inline markup', () => {
  it('should make links only of http, https and mailto targets', () => {
    expect(parseInline('Se <https://odense.dk/a> og [notat](mailto:a@b.dk).')).toEqual([
      { type: 'text', value: 'Se ' },
      { type: 'link', url: 'https://odense.dk/a', children: [{ type: 'text', value: 'https://odense.dk/a' }] },
      { type: 'text', value: ' og ' },
      { type: 'link', url: 'mailto:a@b.dk', children: [{ type: 'text', value: 'notat' }] },
      { type: 'text', value: '.' },
    ]);
  });
  it.each(['[klik](javascript:alert(1))', '<javascript:alert(1)>', '[x](data:text/html,<b>hej</b>)', '[x](vbscript:msgbox)'])(
    'should leave %s visible as plain text',
    (text) => {
      const nodes = parseInline(`Før ${text} efter`);
      expect(JSON.stringify(nodes)).not.toContain('"type":"link"');
      expect(nodes.map((n) => ('value' in n ? n.value : '')).join('')).toBe(`Før ${text} efter`);
    },
  );
  it('should keep unpaired stars literal and pair real emphasis', () => {
    expect(parseInline('Korsløkken* og *** 55,2 %')).toEqual([{ type: 'text', value: 'Korsløkken* og *** 55,2 %' }]);
    expect(parseInline('**fed** og *kursiv*')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'fed' }] },
      { type: 'text', value: ' og ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'kursiv' }] },
    ]);
  });
  it('should keep comparison signs and unknown tags as text', () => {
    expect(parseInline('(< 55 %) og <script>x</script>')).toEqual([{ type: 'text', value: '(< 55 %) og <script>x</script>' }]);
  });
});

describe('CPR numbers', () => {
  it.each([
    ['cpr 010203-1234.', 'cpr [CPR-nummer fjernet].'],
    ['cpr 0102031234 her', 'cpr [CPR-nummer fjernet] her'],
    ['født 290200-4321', 'født [CPR-nummer fjernet]'], // 29 February 2000: a real date, fails modulus 11 — still redacted
  ])('should redact %s', (input, expected) => {
    expect(redactCpr(input).text).toBe(expected);
  });
  it.each(['sag 2018/012671', 'beløb 1.175.660.000 kr.', 'tlf. 39 57 52 40', 'sagsnr. 343952', 'nr. 320299-1234 (no 32nd day)', '00.01.00G01-0006 17', '12345678901'])(
    'should leave %s alone',
    (input) => {
      expect(redactCpr(input)).toEqual({ text: input, count: 0 });
    },
  );
});
