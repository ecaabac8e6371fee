'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { flushSync } from 'react-dom';
import type { Codebook, StudyLists } from '@/lib/codebook/types';
import { buildFormModel } from '@/lib/interview/form-model';
import { newRowId } from '@/lib/interview/answer-keys';
import { answerKeyLabel, answerValueLabel } from '@/lib/interview/key-label';
import { restAnswers } from '@/lib/interview/rest-answers';
import { stateLabel, type ServerAnswer } from '@/lib/autosave';
import { finishCaseAction } from '@/app/onderzoeken/[id]/interviews/actions';
import { useCaseAnswers } from './use-case-answers';
import { CaseSection } from './case-sections';
import { TallyPanel } from './tally-panel';
import { ConflictList } from './conflict-list';
import { ShortcutsDialog } from './shortcuts-dialog';
import { CaseClock } from './pace-clock';
import { flowElements, focusAfterTable, focusFirstOpen, focusKey } from './focus-flow';
import { FinishPanel, type FinishWarning } from './finish-panel';

export interface CaseInterviewProps {
  studyId: number;
  itemId: number;
  dossiernummer: string;
  status: string;
  codebook: Codebook;
  lists: StudyLists;
  server: Record<string, ServerAnswer>;
  /** Keys marked "controleren" when the page loaded, with the reason. */
  checks: Record<string, string>;
  /** Dutch notice when the case no longer counts (finished before, now incomplete). */
  incompleteNotice: string | null;
  /** The case has interview answers already (not only prefills): focus resumes at the first open question. */
  resume: boolean;
  nextUrl: string;
  sessionUrl: string;
}

export function CaseInterview(p: CaseInterviewProps) {
  const router = useRouter();
  const { entries, set, resolve, snapshot, engine, caseState } = useCaseAnswers(p.studyId, p.itemId, p.server, { checks: p.checks, status: p.status, notice: p.incompleteNotice });
  const [extraRows, setExtraRows] = useState<Record<string, string[]>>({});
  const [finishErrors, setFinishErrors] = useState<{ key: string; message: string; short?: string }[]>([]);
  const [warnings, setWarnings] = useState<FinishWarning[]>([]);
  const confirmed = useRef(new Set<string>());
  const [message, setMessage] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const counter = useRef(0);
  const model = useMemo(() => buildFormModel(p.codebook, p.lists, entries, extraRows), [p.codebook, p.lists, entries, extraRows]);
  const errors = useMemo(() => ({ ...snapshot?.rejected, ...Object.fromEntries(finishErrors.map((e) => [e.key, e.short ?? e.message])) }), [snapshot, finishErrors]);

  function addRow(table: string) {
    const id = newRowId(Date.now(), counter.current++);
    flushSync(() => setExtraRows((r) => ({ ...r, [table]: [...(r[table] ?? []), id] })));
    document.querySelector<HTMLElement>(`tr[data-row="${id}"] [data-flow]`)?.focus();
  }
  function removeRow(table: string, rowId: string) {
    for (const key of Object.keys(entries)) if (key.startsWith(`${table}.${rowId}.`) && entries[key] != null) set(key, null);
    setExtraRows((r) => ({ ...r, [table]: (r[table] ?? []).filter((id) => id !== rowId) }));
  }

  /** The grid's rest key: every unanswered row gets the rest answer, explicitly; focus goes to what is still open. */
  function answerRest(table: string) {
    const changes = restAnswers(p.codebook, p.lists, table, entries);
    flushSync(() => { for (const c of changes) set(c.key, c.value); });
    focusAfterTable(table);
  }

  async function finish() {
    const autosave = engine.current;
    if (!autosave) return;
    setMessage('Dossier controleren…');
    await autosave.flushNow();
    const snap = autosave.snapshot();
    if (snap.pendingCount > 0 || snap.conflicts.length > 0) {
      setMessage(snap.conflicts.length > 0 ? 'Los eerst de conflicten op.' : 'Nog niet alles is opgeslagen; probeer het opnieuw zodra de verbinding terug is.');
      return;
    }
    const result = await finishCaseAction(p.studyId, p.itemId, [...confirmed.current]);
    if (!result.ok) {
      setFinishErrors(result.errors);
      setWarnings(result.warnings ?? []);
      setMessage(result.message);
      if (result.errors[0]) setTimeout(() => focusKey(result.errors[0].key), 0);
      return;
    }
    setFinishErrors([]);
    setWarnings([]);
    setMessage('Besproken. Volgend dossier…');
    router.push(p.nextUrl);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void finish(); }
      else if (e.key === '?' && !typing) { e.preventDefault(); setHelp((h) => !h); }
      else if (e.key === 'Escape' && help) setHelp(false);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => { if (p.resume) focusFirstOpen(); else flowElements()[0]?.focus(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  function confirmWarning(id: string) {
    confirmed.current.add(id);
    const rest = warnings.filter((w) => !confirmed.current.has(w.id));
    if (rest.length === 0) void finish();
  }
  const keyLabel = (key: string) => answerKeyLabel(p.codebook, p.lists, key, entries).full;

  const state = snapshot?.state ?? 'saved';
  return (
    <div className="interview">
      <div className="interview-bar" aria-live="polite">
        <strong>Dossier {p.dossiernummer}</strong>
        <span className={`save-state ${state}`} role="status" data-state={state}>
          {stateLabel(state)}{snapshot && snapshot.pendingCount > 0 ? ` (${snapshot.pendingCount})` : ''}
          {(state === 'offline' || state === 'error') && <button type="button" className="small secondary" onClick={() => void engine.current?.retryNow()}>opnieuw proberen</button>}
        </span>
        {state === 'expired' && (
          <span className="alert warn" role="alert" data-session-expired="">
            Je sessie is verlopen. Je antwoorden staan veilig in deze browser. <a href={`/inloggen?terug=${encodeURIComponent(window.location.pathname)}&verlopen=1`}>Opnieuw inloggen</a> en ze worden verstuurd.
          </span>
        )}
        <CaseClock startedAt={startedAt} />
        <span className="small muted"><kbd>?</kbd> sneltoetsen · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> afronden</span>
      </div>
      {caseState.notice && caseState.status !== 'besproken' && <p className="alert warn" role="status" data-incomplete="">{caseState.notice}</p>}
      {snapshot && snapshot.conflicts.length > 0 && <ConflictList conflicts={snapshot.conflicts} onResolve={resolve} labelOf={keyLabel}
        valueOf={(key, value) => answerValueLabel(p.codebook, p.lists, key, value)} />}
      {message && <FinishPanel message={message} errors={finishErrors} warnings={warnings} onConfirm={confirmWarning} />}
      <div className="interview-grid">
        <div>
          {model.map((s) => <CaseSection key={s.id} section={s} ctx={{ lists: p.lists, onChange: set, errors, checks: caseState.checks, onRest: answerRest }} onAddRow={addRow} onRemoveRow={removeRow} />)}
          <div className="row-actions">
            <button type="button" onClick={() => void finish()}>Dossier afronden (Ctrl+Enter)</button>
            <a className="button secondary" href={p.sessionUrl}>Terug naar de sessie</a>
          </div>
        </div>
        <TallyPanel codebook={p.codebook} lists={p.lists} entries={entries} />
      </div>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
