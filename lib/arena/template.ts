/**
 * The default canvas: the report's policy theory (Figure 2.4, "Beoogde effecten in beeld") with
 * the five direct effects A–E and the cost and benefit items they lead to, each linked to the
 * MKBA lines that value it and the codebook v1 questions that measure it. A study starts here
 * and adapts it, instead of drawing the WIJ-teams' theory again from memory.
 */
import type { LineCode } from '../mkba/types';
import { ARENA_DOC_VERSION, type ArenaCard, type ArenaColumn, type ArenaDoc } from './doc-schema';
import { CARD_SLOT, HEADER_HEIGHT } from './edit';

type Seed = [
  id: string,
  title: string,
  note: string,
  extra?: Partial<Pick<ArenaCard, 'intended' | 'direct' | 'lines' | 'questions'>>,
];

const COLUMNS: Record<ArenaColumn, Seed[]> = {
  probleem: [
    [
      'probleem',
      'Verkokerde hulp, veel loketten',
      'Huishoudens moeten zelf de weg vinden; problemen escaleren voordat er hulp is.',
    ],
    ['doel', 'Doel: integraal, eerder en dichtbij', 'Eén huishouden, één plan; doen wat nodig is en niet meer.'],
  ],
  interventie: [
    ['nul', 'Nulalternatief: oude werkwijze', 'Specifiek productaanbod per loket; plan, traject, afronden.'],
    [
      'aanpak',
      'Interventie: wijkteam',
      'Presentie in de wijk, één plan per huishouden, doen wat nodig is, versterken netwerk.',
    ],
  ],
  investeerders: [
    ['gemeente-inv', 'Gemeente', 'Financiert de teams: de kosten in de 0-situatie en de meerkosten.'],
    ['partners-inv', 'Maatschappelijke partners', 'Leveren medewerkers en opbouwwerk in de teams.'],
  ],
  effecten: [
    [
      'effect-a',
      'A Versterken basisinfra',
      'Samenlevingsopbouw: signalen uit de wijk, eigen kracht en vrijwilligers.',
      { questions: ['A9'] },
    ],
    [
      'effect-b',
      'B Meer en eerder bereik',
      'Huishoudens worden eerder bereikt, waardoor escalatie wordt voorkomen.',
      { lines: ['B3'], questions: ['A8', 'A9'] },
    ],
    [
      'effect-c',
      'C (Kosten)efficiënter',
      'Substitutie door eigen kracht en informele zorg, eerder afsluiten, minder uren.',
      { lines: ['B1a', 'B1b', 'B1c'], questions: ['C.oud', 'C.vervangt_type', 'E1'] },
    ],
    [
      'effect-d',
      'D Effectiever',
      'Meer op maat en integraal: meer huishoudens stabiliseren of verbeteren.',
      { lines: ['B2', 'B4b'], questions: ['B.verandering', 'B.toeschrijving'] },
    ],
    [
      'effect-e',
      'E Voorkomen terugval',
      'Korte lijnen: opspelende problemen sneller opgepakt (nog niet waargenomen: stippellijn).',
      { lines: ['B3', 'B4c'], questions: ['D.status', 'D.zekerheid'] },
    ],
    [
      'kosten-teams',
      'Inzet en meerkosten teams',
      'Kosten in de 0-situatie en meerkosten van de nieuwe werkwijze (fte).',
      { lines: ['K1', 'K2'], direct: true },
    ],
    [
      'kosten-zorg',
      'Hogere interventiekosten op korte termijn',
      'Nieuw gevonden huishoudens krijgen extra zorg.',
      { lines: ['K3'], questions: ['C.actie'], intended: false, direct: false },
    ],
    [
      'kinderen',
      'Betere ontwikkelingskansen kinderen',
      'Gevolg van verbetering op opvoeding en gezin.',
      { lines: ['B4a'], questions: ['B.toeschrijving'], direct: false },
    ],
  ],
  incasseerders: [
    ['gemeente', 'Gemeente (Wmo, Jeugd, Participatie)', 'Minder en lichtere zorg; bij nieuw bereik ook meer kosten.'],
    ['huishoudens', 'Huishoudens', 'Kwaliteit van leven en ontwikkelingskansen.'],
    ['buurt', 'Buurt en samenleving', 'Minder overlast en onveiligheid.'],
    ['zorgverzekeraar', 'Zorgverzekeraar', 'Minder escalatie naar dure zorg.'],
  ],
};

/** [from, to, dashed?]: intervention → effect → effect → incasseerder. */
const ARROWS: [string, string, boolean?][] = [
  ['probleem', 'doel'],
  ['gemeente-inv', 'aanpak'],
  ['partners-inv', 'aanpak'],
  ['nul', 'aanpak'],
  ['aanpak', 'effect-a'],
  ['aanpak', 'effect-b'],
  ['aanpak', 'effect-c'],
  ['aanpak', 'effect-d'],
  ['aanpak', 'kosten-teams'],
  ['effect-a', 'effect-b'],
  ['effect-a', 'effect-c'],
  ['effect-b', 'effect-e', true],
  ['effect-b', 'kosten-zorg'],
  ['effect-d', 'kinderen'],
  ['effect-b', 'buurt'],
  ['effect-b', 'zorgverzekeraar'],
  ['effect-c', 'gemeente'],
  ['effect-d', 'huishoudens'],
  ['effect-e', 'gemeente'],
  ['effect-e', 'buurt'],
  ['kosten-teams', 'gemeente'],
  ['kosten-zorg', 'gemeente'],
  ['kinderen', 'huishoudens'],
];

/** A fresh copy of the default canvas (callers may mutate it). */
export function defaultArenaDoc(): ArenaDoc {
  const cards: ArenaCard[] = Object.entries(COLUMNS).flatMap(([column, seeds]) =>
    seeds.map(([id, title, note, extra], i) => ({
      id,
      column: column as ArenaColumn,
      title,
      note,
      y: HEADER_HEIGHT + i * CARD_SLOT,
      intended: extra?.intended ?? true,
      direct: extra?.direct ?? true,
      lines: [...(extra?.lines ?? [])] as LineCode[],
      questions: [...(extra?.questions ?? [])],
    })),
  );
  const arrows = ARROWS.map(([from, to, dashed], i) => ({ id: `p${i + 1}`, from, to, dashed: dashed ?? false }));
  return { version: ARENA_DOC_VERSION, cards, arrows };
}
