import { getDb } from '@/db/client';
import { getMkba } from '@/db/queries/mkba';
import { listEffectsByLine } from '@/db/queries/arena';
import { listReviewRows } from '@/db/queries/reviews';
import { OverridesList } from '@/components/mkba/overrides-list';
import { MkbaHeader } from '@/components/mkba/sections/mkba-header';
import { MissingKengetallen } from '@/components/mkba/sections/missing-kengetallen';
import { DesignNote, ResultSection } from '@/components/mkba/sections/result-section';
import { PartySection } from '@/components/mkba/sections/party-section';
import { PsaSection } from '@/components/mkba/sections/psa-section';
import { SensitivitySection } from '@/components/mkba/sections/sensitivity-section';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

/** The uitvoerscherm: header, the appendix VII table, per party, uncertainty and sensitivity. */
export default async function MkbaPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const m = getMkba(db, study.id);
  const reviewed = listReviewRows(db, study.id, null);
  const header = (
    <MkbaHeader
      studyId={study.id}
      studyName={study.name}
      place={`${study.municipality} ${study.year}`}
      measured={m.n}
      approved={reviewed.filter((r) => r.status === 'goedgekeurd').length}
      questions={reviewed.filter((r) => r.status === 'vraag_open').length}
    />
  );
  if (!m.result) {
    return (
      <div className="mkba-page">
        {header}
        <MissingKengetallen studyId={study.id} missing={m.missing} hasOverrides={m.overrideRows.length > 0} />
        <OverridesList studyId={study.id} rows={m.overrideRows} />
      </div>
    );
  }
  const r = m.result;
  const overridden = r.lines.filter((l) => l.overridden || l.inputs.some((i) => i.overridden));
  const warnings = m.uncertainty?.warnings ?? [];
  return (
    <div className="mkba-page">
      {header}
      {m.n === 0 && (
        <div className="alert warn">
          Nog geen afgeronde dossiers: alle gemeten hoeveelheden zijn 0. Rond interviews af of overschrijf hoeveelheden
          met de hand.
        </div>
      )}
      {overridden.length > 0 && (
        <div className="alert warn" data-testid="overrides">
          Met de hand overschreven: {overridden.map((l) => l.code).join(', ')} (gemarkeerd met *; klik een post open
          voor de reden en de formule).
        </div>
      )}
      <ResultSection m={m} result={r} studyId={study.id} effects={listEffectsByLine(db, study.id)} />
      {m.overrideRows.length > 0 && (
        <section className="card no-print">
          <OverridesList studyId={study.id} rows={m.overrideRows} />
        </section>
      )}
      <DesignNote m={m} />
      {warnings.length > 0 && (
        <div className="alert warn">
          {warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </div>
      )}
      <PartySection result={r} design={m.uncertainty?.design ?? null} />
      {m.uncertainty?.psa && <PsaSection psa={m.uncertainty.psa} />}
      <SensitivitySection m={m} result={r} studyId={study.id} />
    </div>
  );
}
