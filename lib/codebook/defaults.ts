/**
 * Default study lists (domain.md §4, §8). A study copies these and may edit them; codes are
 * stable identifiers, labels Dutch. Prices marked 'rapport' are the report's (appendix VI);
 * prices marked 'voorbeeld' are illustrative and must be replaced by the study's own.
 */
import type { ListItem, PartyCode, StudyLists, TrajectoryType } from './types';

export const PARTIES: readonly { readonly code: PartyCode; readonly label: string }[] = [
  { code: 'gemeente', label: 'Gemeente' },
  { code: 'huishoudens', label: 'Huishoudens' },
  { code: 'zorgverzekeraar', label: 'Zorgverzekeraar' },
  { code: 'rijk', label: 'Rijk' },
  { code: 'corporatie', label: 'Woningcorporatie' },
  { code: 'politie_justitie', label: 'Politie en justitie' },
];

/** A party's Dutch name; an unknown code is shown as it is. */
export const partyLabel = (code: string): string => PARTIES.find((p) => p.code === code)?.label ?? code;

/** ZRM domains plus opvoeding. */
export const DEFAULT_LIFE_DOMAINS: readonly ListItem[] = [
  { code: 'financien', label: 'Financiën' },
  { code: 'werk_opleiding', label: 'Werk en opleiding' },
  { code: 'dagbesteding', label: 'Dagbesteding' },
  { code: 'huisvesting', label: 'Huisvesting' },
  { code: 'huiselijke_relaties', label: 'Huiselijke relaties' },
  { code: 'opvoeding', label: 'Opvoeding' },
  { code: 'geestelijke_gezondheid', label: 'Geestelijke gezondheid' },
  { code: 'lichamelijke_gezondheid', label: 'Lichamelijke gezondheid' },
  { code: 'middelengebruik', label: 'Middelengebruik' },
  { code: 'adl', label: 'ADL (algemene dagelijkse levensverrichtingen)' },
  { code: 'sociaal_netwerk', label: 'Sociaal netwerk' },
  { code: 'maatschappelijke_participatie', label: 'Maatschappelijke participatie' },
  { code: 'justitie', label: 'Justitie' },
];

export const DEFAULT_ESCALATION_TYPES: readonly ListItem[] = [
  { code: 'huisuitzetting', label: 'Huisuitzetting' },
  { code: 'uithuisplaatsing', label: 'Uithuisplaatsing' },
  { code: 'ondertoezichtstelling', label: 'Ondertoezichtstelling (OTS)' },
  { code: 'opname_verpleeghuis', label: 'Opname verpleeghuis' },
  { code: 'opname_ggz', label: 'Opname GGZ-instelling' },
  { code: 'ernstige_overlast', label: 'Ernstige overlast' },
];

export const DEFAULT_TRAJECTORY_TYPES: readonly TrajectoryType[] = [
  // From the report (appendix VI, the extra trajectories behind K3).
  {
    code: 'armoedevoorzieningen',
    label: 'Armoedevoorzieningen',
    domain: 'inkomen',
    price: 300,
    priceSource: 'rapport',
    payer: 'gemeente',
  },
  {
    code: 'jeugd_ambulant',
    label: 'Jeugd- en opvoedhulp ambulant, zonder verblijf',
    domain: 'jeugd',
    price: 7250,
    priceSource: 'rapport',
    payer: 'gemeente',
  },
  {
    code: 'hulp_huishouden',
    label: 'Hulp bij het huishouden',
    domain: 'wmo',
    price: 2805,
    priceSource: 'rapport',
    payer: 'gemeente',
  },
  {
    code: 'wmo_wrv',
    label: 'Wmo woon-, rolstoel- en vervoersvoorzieningen (WRV)',
    domain: 'wmo',
    price: 904,
    priceSource: 'rapport',
    payer: 'gemeente',
  },
  {
    code: 'individuele_begeleiding',
    label: 'Individuele begeleiding',
    domain: 'wmo',
    price: 7589,
    priceSource: 'rapport',
    payer: 'gemeente',
  },
  // Illustrative prices: the study must enter its own.
  {
    code: 'groepsbegeleiding',
    label: 'Groepsbegeleiding',
    domain: 'wmo',
    price: 8000,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'dagbesteding',
    label: 'Activerende dagbesteding',
    domain: 'participatie',
    price: 5000,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'amw',
    label: 'Algemeen maatschappelijk werk',
    domain: 'welzijn',
    price: 800,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'schuldhulpverlening',
    label: 'Schuldhulpverlening',
    domain: 'inkomen',
    price: 2500,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'opvoedondersteuning',
    label: 'Opvoed- en opgroeiondersteuning',
    domain: 'jeugd',
    price: 1200,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'jeugd_verblijf',
    label: 'Jeugdhulp met verblijf',
    domain: 'jeugd',
    price: 45000,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 're_integratie',
    label: 'Re-integratietraject',
    domain: 'participatie',
    price: 3000,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'ggz_behandeling',
    label: 'GGZ-behandeling',
    domain: 'zorgverzekering',
    price: 3500,
    priceSource: 'voorbeeld',
    payer: 'zorgverzekeraar',
  },
  {
    code: 'wijkverpleging',
    label: 'Wijkverpleging',
    domain: 'zorgverzekering',
    price: 5000,
    priceSource: 'voorbeeld',
    payer: 'zorgverzekeraar',
  },
  {
    code: 'maatje',
    label: 'Maatje of buddy (vrijwilliger)',
    domain: 'informeel',
    price: 250,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'thuisadministratie',
    label: 'Vrijwillige thuisadministratie',
    domain: 'informeel',
    price: 200,
    priceSource: 'voorbeeld',
    payer: 'gemeente',
  },
  {
    code: 'eigen_netwerk',
    label: 'Hulp uit eigen netwerk of mantelzorg',
    domain: 'informeel',
    price: 0,
    priceSource: 'voorbeeld',
    payer: 'huishoudens',
  },
];

/** The lists a new study starts with. */
export const defaultLists: StudyLists = {
  lifeDomains: DEFAULT_LIFE_DOMAINS,
  escalationTypes: DEFAULT_ESCALATION_TYPES,
  trajectoryTypes: DEFAULT_TRAJECTORY_TYPES,
};
