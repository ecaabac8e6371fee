import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  firstPersonalDataMessage,
  maskText,
  personalDataIssues,
  personalDataMessage,
} from '@/lib/privacy';
import { personalDataIssues as codebookIssues } from '@/lib/codebook/schema';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('the personal-data guard finds', () => {
  it.each([
    // issue #16: each of these passed the old F1 detector
    ['111,222,333', 'bsn'],
    ['111_222_333', 'bsn'],
    ['bsn: 111.222.333', 'bsn'],
    ['Jan Jansen BSN 111222333', 'bsn'],
    ['jan.jansen [at] example.nl', 'email'],
    ['jan.jansen (at) example (punt) nl', 'email'],
    ['jan.jansen@example', 'email'],
    ['mail jan.jansen@example.nl', 'email'],
    ['Jan.Jansen @ gemeente.nl', 'email'],
    ['06_12345678', 'phone'],
    ['O6-12345678', 'phone'],
    ['o6 12345678', 'phone'],
    ['bel 06-12345678', 'phone'],
    ['+31 6 1234 5678', 'phone'],
    ['geboren 12-03-1984', 'date'],
    ['geboren in 1984', 'date'],
    ['geb. 3-1984', 'date'],
    ['zoon (12-03-2015) woont thuis', 'date'],
    ['afspraak 12/3/2019', 'date'],
    ['1984-03-12', 'date'],
    ['12 maart 1984', 'date'],
    ['3 mrt. 2019 verhuisd', 'date'],
    ['Hoofdstraat 12', 'address'],
    ['Kerkweg 3a 9712 AB', 'address'],
    ['woont Van Heemskerckstraat 112-2', 'address'],
    ['Oosterpark 2018a', 'address'],
    ['Paterswoldseweg 806', 'address'],
    ['postcode 9712 AB', 'address'],
    ['9712AB Groningen', 'address'],
  ])('%j as %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("finds every kind in the issue's example", () => {
    expect(kinds('Jan Jansen BSN 111222333 jan.jansen@example.nl 06-12345678')).toEqual(['bsn', 'email', 'phone']);
  });
});

describe('the personal-data guard passes ordinary study text', () => {
  it.each([
    'WIJ-team Beijum 2018',
    'Demo: WIJ-teams vier wijken 2018',
    '€ 76.302 per fte',
    'kosten € 1.234.567,89 per jaar',
    'jan 2018',
    'periode jan 2018 – dec 2019',
    'sinds 03-2019',
    '2018-03',
    'Groningen',
    'Schuldhulpverlening (minnelijk traject)',
    'Beschermd wonen / maatschappelijke opvang',
    'Jeugdhulp ambulant, 12 maanden',
    'Huisuitzetting voorkomen',
    'onderweg 3 jaar begeleid',
    'Oosterpark 2018',
    'Wijkteam Selwerd 2019-2020',
    'gemiddeld 2,5 uur per week, 3 x per week',
    'prijs 7.250 per traject',
    'dossier 1111222333',
    'nummer 111222334 klopt niet',
    'overleg met @wijkagent',
    'a@b',
    'De Wijert-Zuid',
    'uitstroom 12,5%',
    'meerkosten 20% boven nul-alternatief',
    'Trajectcatalogus rij 3',
    'Aanpak in 4 stappen, 2e kwartaal 2019',
    'versie 1.2.3',
    '',
  ])('%j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('the refusal message', () => {
  it('names the field and the kind, and masks the value', () => {
    const m = personalDataMessage('De naam van het onderzoek', 'Onderzoek jan.jansen@example.nl')!;
    expect(m).toMatch(/^De naam van het onderzoek bevat een e-mailadres \(ja\*+\)/);
    expect(m).not.toContain('jansen');
    expect(m).toMatch(/persoonsgegevens/);
  });

  it('lists several kinds', () => {
    const m = personalDataMessage('Toelichting', 'BSN 111222333, tel 06-12345678')!;
    expect(m).toContain('een nummer dat op een BSN lijkt (11*******)');
    expect(m).toContain(' en een telefoonnummer (06');
    expect(m).not.toContain('12345678');
  });

  it('is null for clean text and finds the first bad field', () => {
    expect(personalDataMessage('Naam', 'WIJ-team Beijum 2018')).toBeNull();
    expect(
      firstPersonalDataMessage([
        ['Naam', 'ok'],
        ['Gemeente', '06-12345678'],
      ]),
    ).toMatch(/^Gemeente bevat een telefoonnummer/);
  });

  it('masks to two characters and at most twelve stars', () => {
    expect(maskText('jan.jansen@example.nl')).toBe('ja************');
    expect(maskText('ab')).toBe('**');
  });

  it('is what the codebook uses for the interview notes (same signature)', () => {
    expect(codebookIssues('jan.jansen [at] example.nl')).toEqual(personalDataIssues('jan.jansen [at] example.nl'));
    expect(codebookIssues('geboren 12-03-1984')).toHaveLength(1);
  });
});

describe("the guard passes the tool's own texts (no false positives)", () => {
  it('every default list label, codebook label, kengetal source note and arena template card', async () => {
    const { defaultLists, codebookV1 } = await import('@/lib/codebook');
    const { FIXED_DEFAULTS, SPLIT_DEFAULTS, SCALAR_KENGETALLEN } = await import('@/lib/mkba');
    const { defaultArenaDoc } = await import('@/lib/arena/template');
    const texts = [
      ...defaultLists.lifeDomains.map((x) => x.label),
      ...defaultLists.escalationTypes.map((x) => x.label),
      ...defaultLists.trajectoryTypes.map((x) => x.label),
      ...JSON.stringify(codebookV1)
        .match(/"(label|help|text|title|description)":"[^"]*"/g)!
        .map((m) => m.split('":"')[1].slice(0, -1)),
      ...Object.values(FIXED_DEFAULTS).map((d) => d.note),
      ...Object.values(SPLIT_DEFAULTS).map((d) => d.note),
      ...SCALAR_KENGETALLEN.map((k) => k.label),
      ...defaultArenaDoc().cards.flatMap((c) => [c.title, c.note]),
    ];
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => findPersonalData(t).length > 0)).toEqual([]);
  });
});
