/**
 * The generic Danish layout: the forms most minutes share, whatever system
 * printed them. Chosen when no vendor layout scores higher, and the base the
 * vendor layouts extend.
 */
import { bodyNoun, dateForm } from './danish.ts';
import type { Layout } from './layout.ts';

const numericDate = String.raw`\d{1,2}[-.]\d{1,2}[-.]\d{4}`;
const date = String.raw`(?<date>${dateForm})`;
/** "kl. 16.30" (or ", kl. 16:30-18:00") after a date in a heading. */
const clock = String.raw`(?:,?\s+(?:kl\.?|klokken)\s*\d{1,2}[.:]\d{2}.*)?`;

export const generic: Layout = {
  name: 'generic',
  description: 'Common Danish minutes: "Punkt N:", "Pkt. N", "N.", "Sag N:" or "Dagsordenpunkt N" items, "Dato"/"Tid"/"Sted" fields, "Beslutning" decisions.',
  recognise: [],
  header: {
    titles: [
      // "REFERAT Beskæftigelses- og Socialudvalget 2018-2021 d. 04-02-2021"
      new RegExp(String.raw`^REFERAT\s+(?<committee>.+?)\s+d\.\s*(?<date>${numericDate})${clock}$`, 'i'),
      // "Referat af mødet i Teknik- og Miljøudvalget [den 14. marts 2023]"
      new RegExp(
        String.raw`^Referat\s+(?:af|fra)\s+(?:det\s+)?(?:(?:ordinære|ekstraordinære)\s+)?møde(?:t)?\s+i\s+(?<committee>.+?)(?:,?\s+(?:den\s+|d\.\s*)?${date}${clock})?$`,
        'i',
      ),
      // "Referat Økonomiudvalget [mandag den 14. marts 2023]" (also "Referat" and the committee as two lines)
      new RegExp(String.raw`^Referat\s*[:\-–]?\s+(?<committee>.+?)(?:,?\s+(?:den\s+|d\.\s*)?${date}${clock})?$`, 'i'),
    ],
    fields: {
      date: ['mødedato', 'dato'],
      time: ['mødetidspunkt', 'mødetid', 'tidspunkt', 'tid', 'klokkeslæt'],
      location: ['mødested', 'mødelokale', 'sted'],
      participants: ['mødedeltagere', 'deltagere', 'medlemmer', 'til stede', 'tilstede'],
      absent: ['afbud', 'fraværende', 'forfald'],
    },
  },
  items: {
    starts: [
      { rule: 'item-punkt', pattern: /^Punkt\s+(?<number>\d+)\s*[:.\-–]\s*(?<title>.*)$/ },
      { rule: 'item-pkt', pattern: /^Pkt\.?\s+(?<number>\d+)\s*[:.\-–]?\s+(?<title>\S.*)$/ },
      { rule: 'item-sag', pattern: /^Sag(?:\s+nr\.?)?\s+(?<number>\d+)\s*[:.\-–]\s*(?<title>\S.*)$/ },
      { rule: 'item-dagsordenpunkt', pattern: /^Dagsordenpunkt\s+(?<number>\d+)\s*[:.\-–]?\s+(?<title>\S.*)$/, bare: true },
      { rule: 'item-number', pattern: /^(?<number>\d{1,3})\.\s+(?<title>\p{Lu}.*)$/u, bare: true },
    ],
  },
  toc: {
    heading: /^(?:Indholdsfortegnelse|Indhold|Dagsorden)\s*:?$/i,
    entries: [
      // "Godkendelse af dagsorden.....<TAB>3"
      /^(?<title>\S.*?)\s*\.{3,}[\s.]*(?<page>\d{1,4})$/,
      // "Godkendelse af dagsorden<TAB>3": a right-aligned page number
      /^(?<title>[^\t]*\S)\t+\s*(?<page>\d{1,4})$/,
    ],
  },
  caseNumbers: {
    // 19/11679, 2018/01267, 00.30.04-S00-1-21, KLE "00.01.00G01-0006 17" — not a date.
    lines: [/^(?!\d{1,2}\.\d{1,2}\.\d{4}$)(?=.*\d)[\dA-ZÆØÅ]{1,4}(?:[./-][\dA-ZÆØÅ]{1,6}){1,5}(?: \d{2})?$/],
    label: /^(?:Sagsnr|Sags\s*nr|Sagsnummer|J\.\s*nr|Journalnr)\.?\s*:?\s*(?<number>\d[\d./-]*)?(?:\s+(?<rest>.*))?$/i,
  },
  sections: [
    ['resumé', 'summary'],
    ['resume', 'summary'],
    ['sagsresumé', 'summary'],
    ['kort om sagen', 'summary'],
    ['beslutningstema', 'summary'],
    ['indledning', 'introduction'],
    ['indstilling', 'recommendation'],
    ['indstilling fra forslagsstiller', 'recommendation'],
    ['forvaltningens indstilling', 'recommendation'],
    ['administrationens indstilling', 'recommendation'],
    ['direktionens indstilling', 'recommendation'],
    ['beslutningskompetence', 'authority'],
    ['sagen afgøres i', 'authority'],
    ['sagsfremstilling', 'case'],
    ['sagsbeskrivelse', 'case'],
    ['sagens indhold', 'case'],
    ['gennemgang af sagen', 'case'],
    ['supplerende sagsfremstilling', 'case'],
    ['baggrund', 'background'],
    ['sagens baggrund', 'background'],
    ['initiativretsforslag', 'proposal'],
    ['forslag', 'proposal'],
    ['forvaltningens belysning', 'administration'],
    ['administrationens vurdering', 'administration'],
    ['forvaltningens vurdering', 'administration'],
    ['vurdering', 'administration'],
    ['retsgrundlag', 'legal-basis'],
    ['lovgrundlag', 'legal-basis'],
    ['lovgivning', 'legal-basis'],
    ['relation til vision og tværgående politikker', 'policy'],
    ['handicappolitik', 'policy'],
    ['effekt', 'effect'],
    ['økonomi', 'economy'],
    ['økonomi og finansiering', 'economy'],
    ['økonomi/personaleforhold', 'economy'],
    ['økonomiske konsekvenser', 'economy'],
    ['økonomiske forhold', 'economy'],
    ['bevillingsmæssige konsekvenser', 'economy'],
    ['kommunikation/høring', 'communication'],
    ['kommunikation', 'communication'],
    ['høring', 'communication'],
    ['udtalelser', 'statements'],
    ['kommende behandlingsforløb', 'process'],
    ['relateret behandling', 'process'],
    ['tidligere behandling', 'process'],
    ['videre proces', 'process'],
    ['tidsplan', 'process'],
    ['referencer', 'references'],
    ['afbud', 'attendance'],
    ['fraværende', 'attendance'],
    ['forfald', 'attendance'],
  ],
  attachments: ['bilag', 'bilagsliste', 'vedlagte bilag'],
  decisions: [
    /^(?:Beslutning(?:er)?|Afgørelse)$/i,
    // "Beslutning Udvalget for Job & Arbejdsmarked den 08-01-2020", "Beslutning i Økonomiudvalget den 14-03-2023"
    new RegExp(String.raw`^(?:Beslutning(?:er)?|Afgørelse)\s+(?:(?:i|fra|truffet i)\s+)?(?<committee>\S.*?)\s+(?:den\s+|d\.\s*)${date}$`, 'i'),
    // "Beskæftigelses- og Socialudvalget, 04-02-2021, pkt. 16"
    new RegExp(String.raw`^(?<committee>\S.*?),\s*(?<date>${numericDate}),\s*pkt\.\s*\d+$`),
    // "Beslutning i Økonomiudvalget": a committee, no date
    new RegExp(String.raw`^(?:Beslutning(?:er)?|Afgørelse)\s+(?:(?:i|fra)\s+)?(?<committee>\S.*${bodyNoun}(?:\s+\d{4}\s*-\s*\d{4})?)$`, 'iu'),
  ],
  closed: {
    titles: [
      /^Lukket(?:\s+(?:punkt|sag))?\s*[:\-–]\s*(?<title>\S.*)$/i,
      /^\(Lukket(?:\s+(?:punkt|sag))?\)\s*[:\-–]?\s*(?<title>\S.*)$/i,
      /^(?<title>\S.*?)\s*\(lukket(?:\s+(?:punkt|sag))?\)$/i,
      /^Fortrolig(?:t)?\s*[:\-–]\s*(?<title>\S.*)$/i,
    ],
    lines: [/^(?:Lukket\s+(?:punkt|sag|dagsordenpunkt)|\(Lukket(?:\s+punkt)?\)|Fortroligt\s+punkt)$/i],
    open: [/^Åbent\s+(?:punkt|sag|dagsordenpunkt)$/i],
  },
  furniture: {
    lines: [/^(?:Side|Page)\s+\d+(?:\s*(?:af|of|\/)\s*\d+)?$/i],
    runningHeaders: [],
  },
  labels: [],
  print: {
    heading: ({ committee, term, dmy }) => [`REFERAT ${committee} ${term} d. ${dmy}`],
    itemStart: (number, title) => `Punkt ${number}: ${title}`,
    title: (title) => title,
    decision: () => 'Beslutning',
  },
  kinds: [
    [/^(?:[A-ZÆØÅ]{1,4}\s+-\s+)?Beslutning\b|,\s*(?:beslutning|behandling)$/i, 'decision'],
    [/^(?:[A-ZÆØÅ]{1,4}\s+-\s+)?Orientering\b|,\s*orientering$/i, 'orientation'],
  ],
};
