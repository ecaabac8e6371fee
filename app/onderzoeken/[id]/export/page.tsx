import Link from 'next/link';
import { getDb } from '@/db/client';
import { getActiveDraw } from '@/db/queries/sample-draws';
import { TallyUpload } from '@/components/frame/tally-upload';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const draw = getActiveDraw(getDb(), study.id);
  const api = `/api/onderzoeken/${study.id}/export`;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> › Export
      </div>
      <h1>Export en offline turven</h1>
      {!draw ? (
        <p className="card">Trek eerst de steekproef.</p>
      ) : (
        <>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Steekproefbestand</h2>
            <p>
              Eén rij per dossier met alle antwoorden als codes, de turving, het codeboek, de MKBA-invoer en de
              verantwoording.
            </p>
            <p>
              <a className="button" href={api} download>
                Excel (.xlsx)
              </a>{' '}
              <a className="button secondary" href={`${api}?formaat=csv`} download>
                csv (Steekproef)
              </a>
            </p>
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Offline sjabloon per teamlid</h2>
            <p className="small muted">
              Voor interviews waar de app niet gebruikt kan worden: dezelfde kolommen, keuzelijsten voor gecodeerde
              vragen. Lege cellen wissen bij terugzetten nooit een antwoord.
            </p>
            <ul>
              {draw.certificate.strata.map((s) => (
                <li key={s.caseworker}>
                  <a href={`${api}?sjabloon=${encodeURIComponent(s.caseworker)}`} download>
                    {s.caseworker}
                  </a>{' '}
                  <span className="muted small">({s.team})</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Turven terugzetten</h2>
            <p className="small muted">
              Elke cel wordt tegen het codeboek gecontroleerd. Is een dossier na de export in de app gewijzigd, dan
              volgt een conflict en wordt niets overschreven. Alles of niets.
            </p>
            <TallyUpload studyId={study.id} />
          </section>
        </>
      )}
    </>
  );
}
