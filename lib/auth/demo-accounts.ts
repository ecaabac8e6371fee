/**
 * The demo study's accounts. Their passwords are public on purpose: they are shown on the login
 * page in demo mode, and they only open the demo study's synthetic data.
 */
export interface DemoAccount {
  username: string;
  displayName: string;
  password: string;
  role: 'onderzoeker' | 'teamleider';
  team?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'onderzoeker', displayName: 'Demo-onderzoeker', password: 'demo-onderzoeker', role: 'onderzoeker' },
  {
    username: 'tl-beijum',
    displayName: 'Teamleider Beijum',
    password: 'demo-beijum',
    role: 'teamleider',
    team: 'Beijum',
  },
  {
    username: 'tl-corpus',
    displayName: 'Teamleider Corpus den Hoorn',
    password: 'demo-corpus',
    role: 'teamleider',
    team: 'Corpus den Hoorn',
  },
  {
    username: 'tl-hoogkerk',
    displayName: 'Teamleider Hoogkerk',
    password: 'demo-hoogkerk',
    role: 'teamleider',
    team: 'Hoogkerk',
  },
  {
    username: 'tl-vinkhuizen',
    displayName: 'Teamleider Vinkhuizen',
    password: 'demo-vinkhuizen',
    role: 'teamleider',
    team: 'Vinkhuizen',
  },
];

/**
 * Demo mode (demo accounts listed on the login page): the database holds the demo study, unless
 * DOSSIER_DEMO=0 turns it off (e.g. a production database that once had the demo). DOSSIER_DEMO=1
 * does not create accounts; it only allows the listing when a demo study exists.
 */
export function demoMode(hasDemoStudy: boolean, env: string | undefined): boolean {
  if (env === '0' || env === 'false') return false;
  return hasDemoStudy;
}
