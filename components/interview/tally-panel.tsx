'use client';

import { useMemo } from 'react';
import type { Codebook, StudyLists } from '@/lib/codebook/types';
import { entriesToAnswers, type Entries } from '@/lib/interview/answer-keys';
import { CATEGORIES, CATEGORY_LABELS, tallyCase } from '@/lib/tally';

const fmt = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

/** The live per-case tally: what this interview adds to the MKBA inputs, as it is recorded. */
export function TallyPanel({ codebook, lists, entries }: { codebook: Codebook; lists: StudyLists; entries: Entries }) {
  const tally = useMemo(
    () => tallyCase(entriesToAnswers(codebook, entries).answers, lists, { codebook }),
    [codebook, lists, entries],
  );
  const domains = Object.values(tally.lifeDomains);
  const sum = (f: (d: (typeof domains)[number]) => number) => domains.reduce((s, d) => s + f(d), 0);
  const prevented = Object.values(tally.escalations).reduce((s, e) => s + e.prevented, 0);
  // An unanswered question is shown as open ("–"), never as a 0 or "nee".
  const given = (key: string) => entries[key] !== undefined && entries[key] !== null && entries[key] !== '';
  const openDomains = lists.lifeDomains.filter((d) => !given(`B.${d.code}.aanvang`)).length;
  const openEscalations = lists.escalationTypes.filter((e) => !given(`D.${e.code}.status`)).length;
  const missing = tally.flags.filter((f) => f.code === 'ontbreekt').length;
  const yesNo = (key: string, v: number) => (given(key) ? (v ? 'ja' : 'nee') : '–');
  const open = (n: number) => (n > 0 ? <span className="small muted"> (nog {n} open)</span> : null);
  return (
    <aside className="card tally" aria-label="Turving van dit dossier">
      <h2 style={{ marginTop: 0 }}>Turving</h2>
      <table>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} data-tally={c}>
              <th>{CATEGORY_LABELS[c]}</th>
              <td className="num">{fmt(tally.categories[c])}</td>
            </tr>
          ))}
          <tr>
            <th>Trajecten (telt mee)</th>
            <td className="num">{fmt(tally.trajectories)}</td>
          </tr>
        </tbody>
      </table>
      <h3>Leefgebieden</h3>
      <table>
        <tbody>
          <tr>
            <th>Probleem bij aanvang</th>
            <td className="num" data-tally="problemStart">
              {sum((d) => d.problemStart)}
              {open(openDomains)}
            </td>
          </tr>
          <tr>
            <th>Probleem nu</th>
            <td className="num">{sum((d) => d.problemNow)}</td>
          </tr>
          <tr>
            <th>Verbeterd (bruto)</th>
            <td className="num">{sum((d) => d.improved)}</td>
          </tr>
          <tr>
            <th>Verbeterd (netto)</th>
            <td className="num" data-tally="netImprovement">
              {fmt(sum((d) => d.netImprovement))}
            </td>
          </tr>
        </tbody>
      </table>
      <h3>Overig</h3>
      <table>
        <tbody>
          <tr>
            <th>Voorkomen escalatie</th>
            <td className="num" data-tally="prevented">
              {fmt(prevented)}
              {open(openEscalations)}
            </td>
          </tr>
          <tr>
            <th>Nieuw gevonden</th>
            <td className="num">{yesNo('A8', tally.newlyFound)}</td>
          </tr>
          <tr>
            <th>Dankzij outreach</th>
            <td className="num">{yesNo('A9', tally.foundByOutreach)}</td>
          </tr>
          <tr>
            <th>Uren (totaal)</th>
            <td className="num" data-tally="hoursTotal">
              {given('E1') ? fmt(tally.hoursTotal) : '–'}
            </td>
          </tr>
          <tr>
            <th>Zwaarte</th>
            <td className="num">{tally.severity?.replace(/_/g, ' ') ?? '–'}</td>
          </tr>
        </tbody>
      </table>
      {missing > 0 && (
        <p className="small muted" data-tally="open">
          Nog {missing} verplichte {missing === 1 ? 'vraag' : 'vragen'} open; dit dossier telt pas mee als het is
          afgerond.
        </p>
      )}
      {tally.flags.some((f) => f.code !== 'ontbreekt') && (
        <>
          <h3>Let op</h3>
          <ul className="small">
            {tally.flags
              .filter((f) => f.code !== 'ontbreekt')
              .map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
          </ul>
        </>
      )}
    </aside>
  );
}
