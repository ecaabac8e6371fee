'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { flushSync } from 'react-dom';
import type { Codebook, StudyLists } from '@/lib/codebook/types';
import { buildFormModel } from '@/lib/interview/form-model';
import { newRowId } from '@/lib/interview/answer-keys';
import { answerKeyLabel, answerValueLabel } from '@/lib/interview/key-label';
import { restAnswers } from '@/lib/interview/rest-answers';
import type { ServerAnswer } from '@/lib/autosave';
import type { RowOption } from '@/lib/interview/type-ahead';
import { finishCaseAction } from '@/app/onderzoeken/[id]/interviews/actions';
import { useCaseAnswers } from './use-case-answers';
import { CaseSection } from './case-sections';
import { TallyPanel } from './tally-panel';
import { ConflictList } from './conflict-list';
import { ShortcutsDialog } from './shortcuts-dialog';
import { flowElements, focusAfterTable, focusFirstOpen, focusKey } from './focus-flow';
import { FinishPanel, type FinishWarning } from './finish-panel';
import './interview-room.css';
import { InterviewBar, type SessionInfo } from './interview-bar';
import { RowFinder } from './row-finder';
import { useNavKeys } from './use-nav-keys';
import { focusByKey, jumpToRow } from './section-jump';

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
  /** "Dossier 3 van 12", the previous and next case, and the session's cases for the session clock. */
  session: SessionInfo;
}

export function CaseInterview(p: CaseInterviewProps) {
  const router = useRouter();
  const { entries, set, resolve, snapshot, engine, caseState } = useCaseAnswers(p.studyId, p.itemId, p.server, {
    checks: p.checks,
    status: p.status,
    notice: p.incompleteNotice,
  });
  const [extraRows, setExtraRows] = useState<Record<string, string[]>>({});
  const [finishErrors, setFinishErrors] = useState<{ key: string; message: string; short?: string }[]>([]);
  const [warnings, setWarnings] = useState<FinishWarning[]>([]);
  const confirmed = useRef(new Set<string>());
  const [message, setMessage] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [finder, setFinder] = useState<{ scope: string | null; from: string | null } | null>(null);
  const nav = useNavKeys((scope, from) => setFinder({ scope, from }));
  const counter = useRef(0);
  const model = useMemo(
    () => buildFormModel(p.codebook, p.lists, entries, extraRows),
    [p.codebook, p.lists, entries, extraRows],
  );
  const errors = useMemo(
    () => ({ ...snapshot?.rejected, ...Object.fromEntries(finishErrors.map((e) => [e.key, e.short ?? e.message])) }),
    [snapshot, finishErrors],
  );

  function addRow(table: string) {
    const id = newRowId(Date.now(), counter.current++);
    flushSync(() => setExtraRows((r) => ({ ...r, [table]: [...(r[table] ?? []), id] })));
    document.querySelector<HTMLElement>(`tr[data-row="${id}"] [data-flow]`)?.focus();
  }
  function removeRow(table: string, rowId: string) {
    for (const key of Object.keys(entries))
      if (key.startsWith(`${table}.${rowId}.`) && entries[key] != null) set(key, null);
    setExtraRows((r) => ({ ...r, [table]: (r[table] ?? []).filter((id) => id !== rowId) }));
  }

  /** The grid's rest key: every unanswered row gets the rest answer, explicitly; focus goes to what is still open. */
  function answerRest(table: string) {
    const changes = restAnswers(p.codebook, p.lists, table, entries);
    flushSync(() => {
      for (const c of changes) set(c.key, c.value);
    });
    focusAfterTable(table);
  }

  async function finish() {
    const autosave = engine.current;
    if (!autosave) return;
    setMessage('Dossier controleren…');
    await autosave.flushNow();
    const snap = autosave.snapshot();
    if (snap.pendingCount > 0 || snap.conflicts.length > 0) {
      setMessage(
        snap.conflicts.length > 0
          ? 'Los eerst de conflicten op.'
          : 'Nog niet alles is opgeslagen; probeer het opnieuw zodra de verbinding terug is.',
      );
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
    // Straight on: re-rendering this page's messages first would only delay the next case.
    router.push(p.nextUrl);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void finish();
      } else if (e.key === '?' && !typing) {
        e.preventDefault();
        setHelp((h) => !h);
      } else if (e.key === 'Escape' && help) setHelp(false);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Resume at the first open question; a case without answers of its own (at most the frame's
  // prefills) starts at A1. The engine exists by now (its effect runs first): without answers kept
  // only in this browser the page as rendered is right, so focus at once; else after they render.
  const ready = snapshot !== null;
  const focusWhenReady = useRef(false);
  useEffect(() => {
    const local = engine.current?.keys().some((k) => !(k in p.server) && engine.current?.value(k) != null);
    if (local) focusWhenReady.current = true;
    else if (p.resume) focusFirstOpen();
    else flowElements()[0]?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (ready && focusWhenReady.current) {
      focusWhenReady.current = false;
      focusFirstOpen();
    }
  }, [ready]);

  function confirmWarning(id: string) {
    confirmed.current.add(id);
    const rest = warnings.filter((w) => !confirmed.current.has(w.id));
    if (rest.length === 0) void finish();
  }
  const keyLabel = (key: string) => answerKeyLabel(p.codebook, p.lists, key, entries).full;

  const titles = useMemo(() => Object.fromEntries(model.map((s) => [s.id, s.title])), [model]);
  const findRows = useMemo<RowOption[]>(
    () =>
      model.flatMap((s) =>
        s.table?.type === 'grid' ? s.table.rows.map((r) => ({ id: r.id, label: r.label, section: s.id })) : [],
      ),
    [model],
  );
  function pickRow(row: RowOption) {
    const table = model.find((s) => s.id === row.section)?.table?.code;
    setFinder(null);
    if (table && jumpToRow(table, row.id)) nav.rememberFrom(finder?.from ?? null);
  }
  return (
    <div className="interview">
      <InterviewBar
        studyId={p.studyId}
        itemId={p.itemId}
        dossiernummer={p.dossiernummer}
        session={p.session}
        snapshot={snapshot}
        labelOf={keyLabel}
        onRetry={() => void engine.current?.retryNow()}
        titles={titles}
        prefix={nav.prefix}
        onJump={nav.jump}
      />
      {finder && (
        <RowFinder
          rows={findRows}
          scope={finder.scope}
          onPick={pickRow}
          onClose={(restore) => {
            const from = finder.from;
            setFinder(null);
            if (restore && from) focusByKey(from);
          }}
        />
      )}
      {caseState.notice && caseState.status !== 'besproken' && (
        <p className="alert warn" role="status" data-incomplete="">
          {caseState.notice}
        </p>
      )}
      {snapshot && snapshot.conflicts.length > 0 && (
        <ConflictList
          conflicts={snapshot.conflicts}
          onResolve={resolve}
          labelOf={keyLabel}
          valueOf={(key, value) => answerValueLabel(p.codebook, p.lists, key, value)}
        />
      )}
      {message && (
        <FinishPanel message={message} errors={finishErrors} warnings={warnings} onConfirm={confirmWarning} />
      )}
      <div className="interview-grid">
        <div>
          {model.map((s) => (
            <CaseSection
              key={s.id}
              section={s}
              ctx={{ lists: p.lists, onChange: set, errors, checks: caseState.checks, onRest: answerRest }}
              onAddRow={addRow}
              onRemoveRow={removeRow}
            />
          ))}
          <div className="row-actions">
            <button type="button" onClick={() => void finish()}>
              Dossier afronden (Ctrl+Enter)
            </button>
            <a className="button secondary" href={p.sessionUrl}>
              Terug naar de sessie
            </a>
          </div>
        </div>
        <TallyPanel codebook={p.codebook} lists={p.lists} entries={entries} />
      </div>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
