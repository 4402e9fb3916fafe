/**
 * The five real minutes are the ground truth: every meeting field and, for
 * each of the 52 items, number, title, case numbers, closed flag, the whole
 * decision and the attachments.
 */
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/minutes/index.ts';
import type { Meeting } from '../../src/model/meeting.ts';
import { seed } from '../support/seeds.ts';

function load(prefix: string): Meeting {
  const { name, bytes } = seed(prefix);
  const result = importMinutes(bytes, { path: name });
  if (!result.meeting) throw new Error(result.file.messages.map(String).join('\n'));
  return result.meeting;
}

type ItemRow = [number: number, title: string, caseNumbers: string[], closed: boolean, decision: string | null, attachments: string[]];

function expectItems(meeting: Meeting, rows: ItemRow[]): void {
  expect(meeting.items.map((i) => i.number)).toEqual(rows.map((r) => r[0]));
  rows.forEach(([number, title, caseNumbers, closed, decision, attachments], index) => {
    const item = meeting.items[index]!;
    const actual = { number: item.number, title: item.title, caseNumbers: item.caseNumbers, closed: item.closed, decision: item.decision, attachments: item.attachments };
    expect(actual, `item ${number}`).toEqual({ number, title, caseNumbers, closed, decision, attachments });
  });
}

/** A decision of several paragraphs: the importer joins them with a blank line. */
const paragraphs = (...texts: string[]): string => texts.join('\n\n');

const p = (name: string, party: string | null = null, absent = false, role: string | null = null) => ({ name, party, role, absent });

describe('Roskilde (000): KLE journal lines, "Sagsnr." case numbers, "<Udvalg>, DD-MM-YYYY, pkt. N" decisions', () => {
  const meeting = load('000');
  it('should read the meeting header', () => {
    expect({ ...meeting, items: undefined, warnings: undefined, source: undefined }).toEqual({
      municipality: 'Roskilde Kommune',
      committee: 'Beskæftigelses- og Socialudvalget',
      term: '2018-2021',
      date: '2021-02-04',
      startTime: '16:30',
      location: 'Zoom',
      participants: [],
      items: undefined,
      warnings: undefined,
      source: undefined,
    });
    expect(meeting.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('should read all 11 items', () => {
    expectItems(meeting, [
      [14, 'Beslutninger om dagsordenen', ['00.01.00G01-0006 17', '299831'], false, 'Godkendt.', []],
      [15, 'Meddelelser fra formanden', ['00.01.00G01-0006 17', '299831'], false,
        'Orientering om status på COVID-19 i Roskilde Kommune, herunder tests, vacciner og smitteopsporing.', []],
      [16, 'Godkendelse af økonomisk handleplan på socialområdet', ['27.00.00P05-0001 20', '343952'], false, paragraphs(
        'Ad 1.: Et flertal i udvalget bestående af Bent Jørgensen (V), Gitte Kronbak (A), Henning Sørensen (A), Poul Andersen (A), Tuncay Yilmaz (A) og Gitte Simoni (O) godkender pkt. 1.',
        'Ad 2.: Et flertal i udvalg bestående af Bent Jørgensen (V), Gitte Kronbak (A), Henning Sørensen (A), Poul Andersen (A), Tuncay Yilmaz (A) og Gitte Simoni (O) godkender pkt. 2b.',
        'Ad 3.: Et flertal i udvalget bestående af Bent Jørgensen (V), Gitte Kronbak (A), Henning Sørensen (A), Poul Andersen (A), Tuncay Yilmaz (A) og Gitte Simoni (O) godkender pkt. 3.',
        'Susanne Lysholm Jensen (Ø) kan ikke tiltræde punkterne 1-3, da Enhedslisten finder, at den forslåede økonomiske handleplan vil presse et i forvejen økonomisk trængt område og vil medføre serviceforringelser for de mest udsatte borgere og en reduktion i medarbejderstaben. Susanne Lysholm Jensen begærer sagen i Byrådet.',
        'Pkt. 4.: Godkendt.',
      ), ['Økonomisk handleplan', 'Oversigt over indsatser - økonomisk handleplan', 'Notat om omlægning af §85 og helhedstilbud']],
      [17, 'Omlægning af indsatsen for forsikrede ledige akademikere', ['15.00.2000-0001 21', '345108'], false, paragraphs(
        'Ad 1: Godkendt.',
        'Ad 2: Anbefales.',
      ), []],
      [18, 'Udkast til strategi "Job til Alle i Roskilde"', ['15.00.00P20-0001 20', '332899'], false, 'Godkendt.', ['Udkast til strategi "Job til Alle i Roskilde"']],
      [19, 'Orientering om analyse af unges mentale sundhed', ['29.09.00A00-0001 19', '315501'], false, null, []],
      [20, 'Orientering om "Klar til start" - specielle jobforløb til unge borgere med autisme', ['15.00.00A00-0001 21', '345337'], false, null, []],
      [21, 'Orientering om pulje til uddannelsesambassadører', ['15.04.00P20-0001 21', '344995'], false, null, ['Tilsagnsbrev fra STAR', 'Ansøgning til STAR']],
      [22, 'Orientering om pulje til læse-, skrive- og regneambassadører', ['15.04.00G01-0001 21', '345146'], false, null,
        ['Tilsagnsbrev læse, skrive, regneamb', 'Ansøgning læse-, skrive-, regneambassadør 17 jobcentre i Jobforum']],
      [23, 'Orientering om status og afslutning på den boligsociale helhedsplan 2017-2020', ['03.30.05K07-0001 17', '294251'], false, null, ['Aktivitetsoversigt 2017-2020 BSU']],
      [24, 'Eventuelt', ['00.01.00G01-0006 17', '299831'], false, null, []],
    ]);
  });
  it('should name the deciding committee and date of each decision', () => {
    expect(meeting.items[2]!.decisions.map((d) => [d.committee, d.date])).toEqual([['Beskæftigelses- og Socialudvalget', '2021-02-04']]);
  });
  it('should keep the "a)"-lettered recommendation as a nested list', () => {
    const recommendation = meeting.items[2]!.sections.find((s) => s.kind === 'recommendation')!;
    const list = recommendation.content.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(recommendation.text).toContain('a) at omlægge indsatsen til alle borgere');
  });
});

describe('Lejre (001): participants with (Afbud), "Beslutning <Udvalg> den …", Afbud lists', () => {
  const meeting = load('001');
  it('should read the meeting header and mark absent members', () => {
    expect(meeting.committee).toBe('Udvalget for Job & Arbejdsmarked');
    expect(meeting.term).toBeNull();
    expect(meeting.date).toBe('2020-01-08');
    expect(meeting.startTime).toBe('16:30');
    expect(meeting.location).toBe('Mødelokale 1, Lejrevej 15, 4320, Allerslev');
    expect(meeting.municipality).toBe('Lejre Kommune');
    expect(meeting.participants).toEqual([
      p('Christian Plank'),
      p('Martin Stokholm'),
      p('Bjørn Lykke Sørensen'),
      p('Ole Blickfeldt', 'O'),
      p('Steen Hansen', 'O', true),
      p('Henrik Nielsen'),
    ]);
  });
  it('should not mark members absent from another committee\'s decision ("Afbud: Lotte Greve (V)")', () => {
    expect(meeting.participants.some((x) => x.name === 'Lotte Greve')).toBe(false);
  });
  it('should read all 11 items', () => {
    expectItems(meeting, [
      [1, 'JA - Godkendelse af dagsorden', [], false, paragraphs(
        'Godkendt',
        'Ole Blickfeldt (O) deltog ikke i behandlingen af punktet.',
      ), []],
      [2, 'JA - Orientering - januar', ['19/11679'], false, 'Taget til efterretning.', ['De gode historier - december 2019 fra jobforum Sjælland']],
      [3, 'JA - Evaluering af møder i beskæftigelsesforum', ['19/11796'], false, paragraphs(
        'Udvalget drøftede de afviklede dialogmøder i 2019, og på trods af en begrænset deltagerkreds er det udvalgets vurdering, at dialogmøderne fortsat har sin berettigelse.',
        'Der er et ønske om at ændre afviklingen af fremtidige møder, således at udvalgets møde starter kl. 16.30, efterfulgt af dialogmøde kl. 17.00.',
      ), []],
      [4, 'JA - Forslag til program for dialogmøde med beskæftigelsesforum', ['19/11568'], false, 'Indstillingen tiltrådt.', []],
      [5, 'JA - Kriterier og procedurer for tildeling af virksomhedsprisen 2019', ['19/11559'], false, 'Indstillingen tiltrådt.', []],
      [6, 'JA - Årsplan for dialogtemaer på beskæftigelses- og integrationsområdet 2020', ['19/11755'], false, paragraphs(
        'Ad 1: Indstillingen tiltrådt.',
        'Ad 2: Forslaget i sagsfremstillingen tiltrådt.',
      ), []],
      [7, 'JA - Årshjul for styring af beskæftigelsesområdet 2020', ['19/11733'], false, 'Indstillingen tiltrådt.', ['Årshjul 2020']],
      [8, 'JA - Dialogtema Sociale investeringer på beskæftigelsesområdet', ['19/11759'], false, 'Punktet blev drøftet.', ['Lov Sociale investeringsfond.', 'Faktaark_Den Sociale Kapitalfond']],
      [9, 'JA - Iværksættelser af særlige beskæftigelsesrettede indsatser via social investering', ['19/11760'], false, 'Indstillingerne tiltrådt.', []],
      [10, 'BU - Status for tværgående indsatser. Kernevelværd', ['19/11273'], false, paragraphs(
        'Taget til efterretning.',
        'Taget til efterretning.',
      ), []],
      [11, 'JA - Eventuelt', [], false, 'Der var intet under Eventuelt.', []],
    ]);
  });
  it('should keep both committees\' decisions on a shared item', () => {
    expect(meeting.items[9]!.decisions.map((d) => [d.committee, d.date])).toEqual([
      ['Udvalget for Børn & Ungdom', '2020-01-07'],
      ['Udvalget for Job & Arbejdsmarked', '2020-01-08'],
    ]);
  });
  it('should warn that the table of contents and item 10 disagree', () => {
    expect(meeting.warnings.filter((w) => w.ruleId === 'toc-mismatch').map((w) => w.line)).toEqual([22]);
  });
  it('should turn "?" glyph bullets into a list', () => {
    const background = meeting.items[9]!.sections.find((s) => s.kind === 'background')!;
    const list = background.content.find((b) => b.type === 'list' && JSON.stringify(b).includes('Tid til det vigtigste'));
    expect(list && list.type === 'list' ? list.children.length : 0).toBe(5);
    expect(background.text).toContain("'Tid til det vigtigste' – en kampagne");
    expect(background.text).not.toMatch(/^\? /m);
  });
  it('should keep a tab table as a table with a header row, dropping only the rule lines', () => {
    const economy = meeting.items[4]!.sections.find((s) => s.kind === 'economy')!;
    const table = economy.content.find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    expect(economy.text).toContain('Kunstværk af lokal kunstner\t5.000 kr.');
    expect(economy.text).toContain('I alt\t20.000 kr.');
    expect(economy.text).not.toContain('-----');
  });
});

describe('Helsingør (002): term on its own line, "Beslutninger …", Fraværende, tables with <i> cells', () => {
  const meeting = load('002');
  it('should read the meeting header', () => {
    expect([meeting.municipality, meeting.committee, meeting.term, meeting.date, meeting.startTime, meeting.location]).toEqual([
      'Helsingør Kommune', 'Social- og Beskæftigelsesudvalget', '2018-2021', '2019-11-06', '16:30', 'Rød 3, Prøvestenen',
    ]);
    expect(meeting.participants).toEqual([
      p('Marlene Harpsøe', 'O'),
      p('Lene Lindberg', 'A'),
      p('Silas Drejer', 'A'),
      p('Kristina Kongsted', 'C', true),
      p('Mahmed Naghdiani'),
      p('Michael Lagoni', 'C'),
      p('Allan Berg Mortensen', 'Ø'),
    ]);
  });
  it('should read all 8 items', () => {
    expectItems(meeting, [
      [1, 'Beslutning: Godkendelse af dagsorden', ['19/129'], false, 'Dagsordenen godkendt.', []],
      [2, 'Orientering: Månedlig afrapportering på forventet regnskab - september 2019', ['19/9394'], false, 'Orientering foretaget.', ['1: Udvalgte mængder og gennemsnitspriser på myndighedsområdet september']],
      [3, 'Beslutning: Beskæftigelsesplan 2020', ['19/23266'], false, paragraphs(
        'Socialdemokraterne foreslog, at måltallene for emnerne "Flere unge skal have en uddannelse" og "Flere borgere i beskæftigelse" udgår.',
        'Et flertal, Lene Lindberg og Silas Drejer (A), Allan Berg Mortensen (Ø) samt Mahmed Naghdiani, Michael Lagoni og Kristina Kongsted (C) stemte for forslaget.',
        'Marlene Harpsøe (O) stemte imod.',
        'Marlene Harpsøe (O) foreslog, at det bliver indarbejdet som et selvstændigt mål under "Flere unge i uddannelse", at flere unge og voksne skal tage en erhvervsuddannelse.',
        'Marlene Harpsøe (O) og Kristina Kongsted (C) stemte for forslaget.',
        'Et flertal, Silas Drejer og Lene Lindberg (A), Allan Berg Mortensen (Ø) samt Mahmed Naghdiani og Michael Lagoni (C) stemte imod.',
        'Udvalget får forelagt Beskæftigelsesplanen til godkendelse på decembermødet, når planen er tilpasset i overensstemmelse med ovenstående beslutning.',
      ), ['1: Plan 2020']],
      [4, 'Beslutning: Ung i Helsingør - model for ny indgang og forebyggende indsatser', ['19/30301'], false, paragraphs(
        'Indstillingen godkendt.',
        'Udvalget ønsker, at den også videresendes til Børne- og Uddannelsesudvalget til godkendelse.',
      ), ['1: Ansøgning']],
      [5, 'Beslutning: Puljeansøgning Flere skal med 2', ['19/30316'], false, 'Indstillingen godkendt.', ['1: Ansøgning Flere skal med 2']],
      [6, 'Orientering: Kommende sager i Social- og Beskæftigelsesudvalget', ['19/136'], false, paragraphs(
        'Orientering foretaget.',
        'Nye sager',
        'Pulje til rotationsordning – Ikke datofastsat\nStatus for flytning af Klubben – 4. december 2019\nFokus på jobindsats på Nøjsomhed og Sydvej – Forslag fra Allan Berg Mortensen (Ø) – 4. december 2019',
      ), []],
      [7, 'Meddelelser/Eventuelt', ['19/132'], false, paragraphs(
        'Centerchef Kristjan Gundsø Jensen, Center for Job, Borgerservice og Teknologi orienterede om Beskæftigelsesministeriets benchmarkundersøgelse, hvor Helsingør Kommune i seneste opdatering ligger nr. 61 mod nr. 63. i den forudgående udgave.',
        'Kristjan orienterede endvidere om, at der ansøges pulje fra Styrelsen for Arbejdsmarked og Rekruttering om ”Forsøg med idræt som led i sundheds- og beskæftigelsesfremmende indsatser – Motion og fællesskab på recept”, som behandles i Idræts- og Fritidsudvalget.',
        'Studieturen i januar 2020 aflyses på grund af mange afbud.\nCenterchef Pernille Madsen, Center for Særlig Social Indsats orienterede om, at Center for Job og Oplevelse skifter navn i forbindelse med omorganisering og flytninger.',
        'Pernille Madsen orienterede endvidere om en borgersag.',
      ), []],
      [8, 'Beslutning: Godkendelse af referat', [], false, null, []],
    ]);
  });
  it('should tell decision items from orientation items by their titles', () => {
    expect(meeting.items.map((i) => i.kind)).toEqual(['decision', 'orientation', 'decision', 'decision', 'decision', 'orientation', null, 'decision']);
  });
  it('should turn <i> cells into emphasis, never raw HTML', () => {
    const table = meeting.items[1]!.sections.find((s) => s.kind === 'case')!.content.find((b) => b.type === 'table');
    expect(JSON.stringify(table)).not.toContain('<i>');
    expect(JSON.stringify(table)).toContain('{"type":"emphasis","children":[{"type":"text","value":"Rammestyret"}]}');
  });
  it('should turn *text* into emphasis without stray markers', () => {
    const section = meeting.items[3]!.sections.find((s) => s.kind === 'case')!;
    expect(section.text).toContain('Rekrutteringsstrategi – synliggørelse');
    expect(section.text).not.toContain('*');
  });
});

describe('Gladsaxe (003): running headers inside the text, Dagsordenpunkt labels, closed item', () => {
  const result = importMinutes(seed('003').bytes, { path: seed('003').name });
  const meeting = result.meeting!;
  it('should read the wrapped participant list', () => {
    expect([meeting.municipality, meeting.committee, meeting.term, meeting.date, meeting.location]).toEqual([
      'Gladsaxe Kommune', 'Beskæftigelses- og Integrationsudvalget', '2016-2021', '2018-02-20', 'Mødelokale 2608, tlf. 39 57 52 40',
    ]);
    expect(meeting.participants.map((x) => x.name)).toEqual([
      'Michael Dorph Jensen', 'Kristine Henriksen', 'Henrik Bach Mortensen', 'Lise Tønner', 'Lene Svendborg', 'Martin Skou Heidemann', 'Torben Madsen',
    ]);
  });
  it('should read all 8 items, the last one closed', () => {
    expectItems(meeting, [
      [7, 'Meddelelser', ['2016/05156'], false, null, []],
      [8, 'Introduktion til Beskæftigelses- og Integrationsudvalgets arbejdsområde, orientering', ['2017/05150'], false, paragraphs(
        'Til efterretning.',
        'Plancherne er vedlagt som Bilag 1 og lagt i First Agenda sammen med det øvrige introduktionsmateriale.',
      ), ['Bilag 1. Præsentation, BIU – 2. del']],
      [9, 'Placering af en skole til Forberedende Grunduddannelse i Gladsaxe Kommune, behandling', ['2018/01267'], false, 'Anbefales.', ['Bilag 1. Aftale om Bedre veje til uddannelse og job']],
      [10, 'Projektbevilling – Samtaler med jobeffekt, behandling', ['2017/09410'], false, 'Godkendt.',
        ['Bilag 1. Samtaler med jobeffekt – Ansøgning', 'Bilag 2. Samtaler med jobeffekt – Budget', 'Bilag 3. Samtaler med jobeffekt – Tilsagnsbrev']],
      [11, 'Projektbevilling – CV-vask som vej til brancheskift, behandling', ['2017/09449'], false, 'Godkendt.',
        ['Bilag 1. CV-vask som vej til brancheskift – Ansøgning', 'Bilag 2. CV-vask som vej til brancheskift – Budget', 'Bilag 3. CV-vask som vej til brancheskift – Tilsagnsbrev']],
      [12, 'Projektbevilling – Håndholdt indsats i ressourceforløb, behandling', ['2018/00520'], false, 'Godkendt.',
        ['Bilag 1. Håndholdt indsats i ressourceforløb – Ansøgning', 'Bilag 2. Håndholdt indsats i ressourceforløb – Budget', 'Bilag 3. Håndholdt indsats i ressourceforløb – Tilsagnsbrev']],
      [13, 'Fastsættelse af mødedato for juni 2018, beslutning', ['2017/04496'], false,
        'Udvalgets møde i juni afholdes 19.06.2018. Forvaltningen udsender opdateret kalenderinvitation.', ['Bilag 1. Byrådets og udvalgenes mødeoversigt for 2018']],
      [14, 'Lukket: Meddelelser', ['2016/05156'], true, null, []],
    ]);
  });
  it('should remove the running header and re-join the paragraph and word it split', () => {
    const text = meeting.items[2]!.sections.map((s) => s.text).join('\n');
    expect(text).not.toMatch(/^20\.02\.2018$/m);
    expect(text).toContain('Børne- og Kulturforvaltningen, Social- og Sundhedsforvaltningen samt Center for Økonomi er begyndt');
    const project = meeting.items[5]!.sections.map((s) => s.text).join('\n');
    expect(project).toContain('i højere grad sikre sammenhæng i borgerens sag og understøtte rettidig koordinering');
    expect(result.dropped.filter((d) => d.reason === 'running-header')).toHaveLength(3 * 20);
  });
  it('should turn **bold** into strong text without stray markers', () => {
    const section = meeting.items[2]!.sections.find((s) => s.heading === 'Baggrund')!;
    expect(JSON.stringify(section.content)).toContain('"type":"strong"');
    expect(section.text).toContain('Social- og Sundhedsforvaltningen og Børne- og Kulturforvaltningen indstiller,');
    expect(section.text).not.toContain('**');
  });
});

describe('Odense (004): KLE-style case numbers, INDSTILLING, HTML list fragments, links', () => {
  const meeting = load('004');
  it('should read the meeting header', () => {
    expect([meeting.municipality, meeting.committee, meeting.term, meeting.date, meeting.startTime, meeting.location, meeting.participants]).toEqual([
      'Odense Kommune', 'Beskæftigelses- og Socialudvalget', '2018-2021', '2021-03-02', '08:30', 'Udvalgsværelset, stuen, Skulkenborg 1, 5000 Odense C/Teams-møde', [],
    ]);
  });
  it('should read all 14 items', () => {
    expectItems(meeting, [
      [1, 'Anvendelse af den Socialøkonomiske Investeringsmodel (SØM) i Odense Kommune', ['00.30.04-S00-1-21'], false,
        'Beskæftigelses- og Socialudvalget anbefaler indstillingen.', []],
      [2, 'Afrapportering på det specialiserede socialområde', ['00.01.00-A00-6-21'], false, 'Beskæftigelses- og Socialudvalget anbefaler indstillingen.',
        ['Bilag 1 - Afrapportering af Regnskab 2020 på det specialiserede socialområde', 'Bilag 2 - Arbejdsgruppe 2 Procesplan', 'Bilag 3 - Skabelon til afrapportering af det specialiserede socialområde i 2021']],
      [3, 'Lærepladsgaranti - beslutning om lærepladsalliance', ['54.00.00-P20-2-20'], false, paragraphs(
        'Beskæftigelses- og Socialudvalget godkender indstillingen med følgende tilføjelse:',
        'Da Lærepladsalliancen er første skridt på vejen mod en egentlig garanti, ønsker udvalget samtidig at fastholde ambitionen om en lærepladsgaranti på Fyn, og at ambitionen indfries så hurtigt som muligt. Udvalget beslutter også, at Lærepladsalliancen evalueres efter seks måneder. Endelig ønsker udvalget, at forvaltningen undersøger holdningen hos relevante virksomheder til en generel lærepladsgaranti og muligheden for at lave brancherettede garantier.',
      ), ['Skema over input fra erhvervsskoler og erhvervsliv 140920_']],
      [4, 'Godkendelse af ansøgning til ”Pulje for uddannelsesløft”', ['15.20.00-Ø34-1-20'], false,
        'Beskæftigelses- og Socialudvalget godkender indstillingen.', []],
      [5, 'Drøftelse af ny boligsocial helhedsplan for Rising, Korsløkken og Ejerslykke', ['03.02.00-A00-9-19'], false,
        'Beskæftigelses- og Socialudvalget drøftede sagen.', ['Boligsociale effekter og forskning']],
      [6, 'Årsrapport for Center for Familier og Unge (CFU) 2020', ['15.00.00-A00-186-19'], false, null, []],
      [7, 'Analyse af udviklingen på førtidspensionsområdet', ['15.00.00-P05-1-20'], false, null, []],
      [8, 'Afrapportering af Alle unge skal med', ['00.01.00-P20-387-19'], false, null, []],
      [9, 'Orientering om ansøgning til puljen "Akut støtte til børn på krisecenter under COVID-19"', ['27.57.12-Ø34-4-20'], false, null, []],
      [10, 'Status på bandesituationen', ['00.00.00-A00-192-20'], false, null, []],
      [11, 'Aktuelle sager', ['00.22.04-G01-77-20'], false, null, []],
      [12, 'Initiativretssag fra byrådsgruppe V - Nyttejobs til ledige jobparate kontanthjælpsmodtagere som har været ledig i over 5 år', ['00.01.00-G01-10-21'], false, paragraphs(
        'Beskæftigelses- og Socialudvalget ønsker at fastholde ambitionerne i Beskæftigelsespolitikken og sikre at flest mulige borgere i Odense kommer i job og uddannelse ved at bruge de relevante og mest effektive indsatser. Udvalget ønsker derfor også, at forslaget om at udvide kommunens nytteindsats fra 50 til 100 pladser i Citykorpsen målrettet jobparate kontanthjælpsmodtagere, der har været ledige i mere end fem år, tages med i den afdækning af muligheder og typer af nyttejobs, der kan etableres i Odense Kommune, som blev besluttet af Odense Byråd den 3. februar 2021. Beskæftigelses- og Socialudvalget skal efterfølgende samlet vurdere forslaget set i forhold til økonomi, effekt og relevans i forhold til typer af ledige borgere i Odense Kommune. Hele afdækningen skal ske i dialog med arbejdsmarkedets parter og via involvering af relevante øvrige stående udvalg.',
        'Rådmand Brian Dybro (F) og udvalgsmedlemmerne Cæcilie Crawley (A), Michael Eskamp Witek (A), Nazim Gürkan (A), Tommy Hummelose (C) og Mark Grossmann (V) stemmer for resolutionsteksten.',
        'Udvalgsmedlem Reza Javid (Ø) stemmer imod resolutionsteksten.',
        'Resolutionsteksten er dermed godkendt.',
      ), []],
      [13, 'Initiativretssag fra byrådsgruppe A - Jobrotationsprojekt "Fra Pædagogmedhjælper til Pædagogisk Assistent i Odense Kommune"', ['00.01.00-G01-11-21'], false,
        'Beskæftigelses- og Socialudvalget godkender at jobrotationsprojektet igangsættes, og at det sker i regi af det eksisterende projekt "Fra ledig til velfærdsmedarbejder". De 24 ledige, som skal indgå i jobrotation til pædagogmedhjælper, vil dermed være en del af målet om at opkvalificere 165 ledige til velfærdsmedarbejdere i "Fra ledig til velfærdsmedarbejder".', []],
      [14, 'Initiativretssag fra byrådsgruppe Ø - Empowerment-projekt for unge aktivitetsparate', ['00.01.00-G01-12-21'], false, paragraphs(
        'Udvalgsmedlem Reza Javid (Ø) stemmer for sagen.',
        'De øvrige rådmand Brian Dybro (F) og udvalgsmedlemmerne Cæcilie Crawley (A), Michael Eskamp Witek (A), Nazim Gürkan (A), Tommy Hummelose (C) og Mark Grossmann (V) stemmer imod.',
      ), []],
    ]);
  });
  it('should turn <ul> fragments in table cells into text, never raw HTML', () => {
    const section = meeting.items[9]!.sections.find((s) => s.kind === 'summary')!;
    expect(section.text).toContain('• Oplysning om bandeudfordringer • Frivillig pleje/uddannelse');
    expect(JSON.stringify(section.content)).not.toMatch(/<ul|style=/);
  });
  it('should make links of <https://…> and [text](url), with escaped parentheses restored', () => {
    const all = JSON.stringify(meeting.items.map((i) => i.sections.map((s) => s.content)));
    expect(all).toContain('"url":"https://star.dk/media/3833/ungeguiden-080617.pdf"');
    expect(all).toContain('"url":"https://www.odense.dk/temp/SBSYS/Dagsordener/Boern-_og_Ungeudvalge(2019)/05-03-2019/Dagsorden(ID885)/Bilag/Punkt_6_Bilag_1_Ungeanalyse.pdf"');
  });
  it('should name known headings by kind and keep unknown ones as sub-headings', () => {
    const item = meeting.items[0]!;
    expect(item.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Resume', 'summary'], ['Effekt', 'effect'], ['INDSTILLING', 'recommendation'], ['Sagsfremstilling', 'case'], ['Økonomi', 'economy'],
    ]);
    const headings = item.sections[3]!.content.filter((b) => b.type === 'heading').map((b) => JSON.stringify(b));
    expect(headings.some((h) => h.includes('Hvad er SØM?'))).toBe(true);
  });
});
