/**
 * `npm run dossier -- <command>`: the same db/queries and lib/ code paths as the web app.
 * It is the second entry point beside app/: cli/ → db/queries → lib/.
 */
import { parseArgs } from 'node:util';
import { getDb as openDb } from '@/db/client';
import { recheckFinishedCases } from '@/db/queries/legacy-cases';
import { createDemoStudy } from '@/db/seed';
import { CliError, cliActor, print, type CliContext } from './io';
import { studyCreate, studyList } from './commands/study';
import { frameImport, frameStats } from './commands/frame';
import { sampleDraw, sampleReplace, sampleShow, sampleVerify } from './commands/sample';
import { aggregateCommand } from './commands/aggregate';
import { exportCommand } from './commands/export';
import { talliesImport } from './commands/tallies';
import { userCreate, userDisable, userGrant, userList, userResetPassword, userRevoke } from './commands/user';
import { mkbaCommand } from './commands/mkba';

/** The database, with cases finished under the old defaults judged again (once) like on server start. */
function getDb() {
  const db = openDb();
  recheckFinishedCases(db);
  return db;
}

const USAGE = `Gebruik: npm run dossier -- <opdracht> [opties] [--json]

  study create --name NAAM --municipality GEMEENTE --year JJJJ [--households N] [--clients N]
  study list
  frame import --study ID --file PAD [--sheet WERKBLAD]
  frame stats --study ID
  sample draw --study ID [--per-caseworker N] [--reserve R] [--seed S] [--caseworkers "naam1,naam2"] [--reason TEKST]
  sample show --study ID
  sample verify --study ID   exit 0 alleen als de herberekende trekking identiek is
  sample replace --study ID --case DOSSIERNUMMER --reason REDEN [--note TEKST]
      REDEN: teamlid_kent_dossier_niet | te_kort_actief | verkeerd_toegewezen | overig (met --note)
  aggregate --study ID [--team TEAM]   MKBA-invoer: gewogen gemiddelden met se en 95%-BI
  export --study ID --out BESTAND.xlsx|BESTAND.csv   steekproefbestand
  tallies import --study ID --file BESTAND.xlsx       ingevulde turven terugzetten (alles of niets)
  mkba --study ID            MKBA: kosten, baten, saldo, verhoudingen, per partij, scenario's
  demo                       maakt het demo-onderzoek aan (met demo-accounts)
  user create --username GEBRUIKER [--name "Naam"] [--admin] [--study ID --role onderzoeker|teamleider [--team TEAM]]
                             drukt een eenmalig wachtwoord af (bij eerste inlog wijzigen)
  user list
  user disable --username GEBRUIKER     (user enable: weer actief)
  user grant --username GEBRUIKER --study ID --role onderzoeker|teamleider [--team TEAM]
  user revoke --username GEBRUIKER --study ID
  user reset-password --username GEBRUIKER

Database: DOSSIER_DB (standaard data/dossieranalyse.db).`;

type Flags = Record<string, string | undefined>;
/** --admin is the one boolean flag; the user commands read it. */
type UserFlags = Record<string, string | boolean | undefined>;
type Handler = (ctx: CliContext, flags: Flags) => void | Promise<void>;

const commands: Record<string, Handler> = {
  'study create': (ctx, f) => studyCreate(getDb(), ctx, f),
  'study list': (ctx) => studyList(getDb(), ctx),
  'frame import': (ctx, f) => frameImport(getDb(), ctx, f),
  'frame stats': (ctx, f) => frameStats(getDb(), ctx, f),
  'sample draw': (ctx, f) => sampleDraw(getDb(), ctx, f),
  'sample show': (ctx, f) => sampleShow(getDb(), ctx, f),
  'sample verify': (ctx, f) => sampleVerify(getDb(), ctx, f),
  'sample replace': (ctx, f) => sampleReplace(getDb(), ctx, f),
  aggregate: (ctx, f) => aggregateCommand(getDb(), ctx, f),
  export: (ctx, f) => exportCommand(getDb(), ctx, f),
  'tallies import': (ctx, f) => talliesImport(getDb(), ctx, f),
  mkba: (ctx, f) => mkbaCommand(getDb(), ctx, f),
  'user create': (ctx, f) => userCreate(getDb(), ctx, f as UserFlags),
  'user list': (ctx) => userList(getDb(), ctx),
  'user disable': (ctx, f) => userDisable(getDb(), ctx, f as UserFlags, true),
  'user enable': (ctx, f) => userDisable(getDb(), ctx, f as UserFlags, false),
  'user grant': (ctx, f) => userGrant(getDb(), ctx, f as UserFlags),
  'user revoke': (ctx, f) => userRevoke(getDb(), ctx, f as UserFlags),
  'user reset-password': (ctx, f) => userResetPassword(getDb(), ctx, f as UserFlags),
  demo: (ctx) => {
    const id = createDemoStudy(getDb(), ctx.actor);
    print(ctx, { id }, () => `Demo-onderzoek aangemaakt: ${id}`);
  },
};

export async function runCli(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        name: { type: 'string' },
        municipality: { type: 'string' },
        year: { type: 'string' },
        households: { type: 'string' },
        clients: { type: 'string' },
        study: { type: 'string' },
        file: { type: 'string' },
        sheet: { type: 'string' },
        out: { type: 'string' },
        'per-caseworker': { type: 'string' },
        reserve: { type: 'string' },
        seed: { type: 'string' },
        username: { type: 'string' },
        role: { type: 'string' },
        admin: { type: 'boolean' },
        team: { type: 'string' },
        caseworkers: { type: 'string' },
        reason: { type: 'string' },
        case: { type: 'string' },
        note: { type: 'string' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const json = Boolean(values.json);
  const key = [positionals.slice(0, 2).join(' '), positionals[0]].find((k) => k && commands[k]);
  if (values.help || !key) {
    (values.help ? out : console.error)(
      positionals.length && !values.help ? `Onbekende opdracht "${positionals.join(' ')}".\n\n${USAGE}` : USAGE,
    );
    return values.help ? 0 : 2;
  }
  const ctx: CliContext = { json, actor: cliActor(), out };
  try {
    await commands[key](ctx, values as Flags);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      if (json) out(JSON.stringify(err.json ?? { error: err.message }, null, 2));
      console.error(err.message);
      return err.exitCode;
    }
    console.error(`Onverwachte fout: ${(err as Error).message}`);
    return 1;
  }
}

// Run when executed directly (tsx cli/main.ts), not when imported by tests.
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  // exitCode, not process.exit(): exit() can cut off piped stdout before it is flushed.
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
