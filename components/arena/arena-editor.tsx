'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { COLUMN_LABELS, type ArenaDoc } from '@/lib/arena/doc-schema';
import {
  addArrow,
  addCard,
  columnAt,
  HEADER_HEIGHT,
  moveCard,
  removeArrow,
  removeCard,
  shiftCard,
  updateArrow,
  updateCard,
} from '@/lib/arena/edit';
import { cardMeasurements, type Estimate, type QuestionOption } from '@/lib/arena/measures';
import { findGaps, GAP_LABELS } from '@/lib/arena/gaps';
import { saveArenaAction } from '@/app/onderzoeken/[id]/arena/actions';
import { ArenaCanvas } from './arena-canvas';
import { ArrowForm } from './arrow-form';
import { CardForm } from './card-form';
import { ExportBar, PrintStyle, type Paper } from './export-bar';
import { GapsPanel } from './gaps-panel';
import { KeyboardHelp } from './keyboard-help';
import { NewCardForm, type NewCardFormHandle } from './new-card-form';
import { SAVE_LABELS, useArenaSave } from './use-arena-save';
import './arena.css';

export interface ArenaEditorProps {
  studyId: number;
  canvas: { id: number | null; revision: number; name: string };
  initialDoc: ArenaDoc;
  questions: QuestionOption[];
  /** Estimates of issue #6, or null while the study has no results. */
  estimates: Estimate[] | null;
  inputKeys: string[];
}

const typing = (el: EventTarget) => el instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);

/** The EffectenArena editor: canvas (mouse) beside form controls and shortcuts (keyboard), autosaved. */
export function ArenaEditor(props: ArenaEditorProps) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  );
}

function Editor({ studyId, canvas, initialDoc, questions, estimates, inputKeys }: ArenaEditorProps) {
  const [doc, setDoc] = useState(initialDoc);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [paper, setPaper] = useState<Paper>('A3');
  const newCard = useRef<NewCardFormHandle>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const arrowRef = useRef<HTMLSelectElement>(null);
  const save = useCallback(
    (id: number | null, d: ArenaDoc, rev: number) =>
      saveArenaAction(studyId, { canvasId: id, doc: d, baseRevision: rev }),
    [studyId],
  );
  const saving = useArenaSave({ canvasId: canvas.id, revision: canvas.revision }, doc, save);

  const measurements = useMemo(
    () =>
      new Map(
        doc.cards
          .filter((c) => c.column === 'effecten')
          .map((c) => [c.id, estimates ? cardMeasurements(c, estimates) : []]),
      ),
    [doc.cards, estimates],
  );
  const gaps = useMemo(() => findGaps(doc, estimates, inputKeys), [doc, estimates, inputKeys]);
  const gapById = useMemo(() => new Map(gaps.effects.map((g) => [g.cardId, GAP_LABELS[g.reason]])), [gaps]);
  const selected = doc.cards.find((c) => c.id === selectedId) ?? null;

  // Focus moves to the panel once it shows the newly selected card (it re-mounts per card).
  const pendingFocus = useRef<'title' | 'arrow' | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const requestFocus = (target: 'title' | 'arrow') => {
    pendingFocus.current = target;
    setFocusRequest((n) => n + 1);
  };
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    (target === 'title' ? titleRef.current : arrowRef.current)?.focus();
  }, [focusRequest, selectedId]);
  const onMove = useCallback(
    (id: string, x: number, y: number) =>
      setDoc((d) => {
        const card = d.cards.find((c) => c.id === id);
        if (!card) return d;
        const column = columnAt(x);
        const moved = column === card.column ? d : moveCard(d, id, column);
        return updateCard(moved, id, { y: Math.max(HEADER_HEIGHT, Math.round(y)) });
      }),
    [],
  );
  const onConnect = useCallback((from: string, to: string) => setDoc((d) => addArrow(d, from, to).doc), []);

  const onKeyDown = (e: React.KeyboardEvent, focused: string | null) => {
    if (typing(e.target)) return;
    const id = focused ?? selectedId;
    const key = e.key.toLowerCase();
    if (key === 'n' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      newCard.current?.focus(selected?.column);
      return;
    }
    if (!id) return;
    if (key === 'enter' || key === 'e') {
      e.preventDefault();
      setSelectedId(id);
      requestFocus('title');
    } else if (key === 'p') {
      e.preventDefault();
      setSelectedId(id);
      requestFocus('arrow');
    } else if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      setDoc((d) => shiftCard(d, id, e.key === 'ArrowLeft' ? -1 : 1));
    } else if (e.key === 'Delete') {
      e.preventDefault();
      setDoc((d) => removeCard(d, id));
      setSelectedId(null);
    }
  };
  const onFocus = (e: React.FocusEvent) => {
    const id = (e.target as HTMLElement).closest('.react-flow__node-card')?.getAttribute('data-id');
    if (id && id !== selectedId) setSelectedId(id);
  };

  return (
    <div onFocus={onFocus}>
      <PrintStyle paper={paper} />
      <div className="arena-toolbar">
        <span
          className={`save-state ${saving.state === 'opgeslagen' || saving.state === 'nieuw' ? '' : saving.state === 'opslaan' ? 'saving' : saving.state === 'wijzigingen' ? 'pending' : 'error'}`}
          role="status"
          data-testid="arena-save-state"
        >
          {SAVE_LABELS[saving.state]}
        </span>
        <ExportBar name={canvas.name} paper={paper} onPaper={setPaper} />
      </div>
      {saving.message && (
        <div className="alert error" role="alert">
          {saving.message}{' '}
          {saving.state === 'conflict' && (
            <button type="button" className="secondary small" onClick={() => window.location.reload()}>
              Nieuwste versie laden
            </button>
          )}
        </div>
      )}
      <div className="arena-layout">
        <ArenaCanvas
          doc={doc}
          selectedId={selectedId}
          measurements={measurements}
          gaps={gapById}
          onSelect={setSelectedId}
          onMove={onMove}
          onConnect={onConnect}
          onKeyDown={onKeyDown}
        />
        <div className="arena-side">
          <section className="card">
            <label htmlFor="arena-select">Kaart kiezen</label>
            <select id="arena-select" value={selectedId ?? ''} onChange={(e) => setSelectedId(e.target.value || null)}>
              <option value="">— geen —</option>
              {doc.cards.map((c) => (
                <option key={c.id} value={c.id}>
                  {COLUMN_LABELS[c.column].replace(/^\d\. /, '')}: {c.title}
                </option>
              ))}
            </select>
            <KeyboardHelp />
          </section>
          {selected && (
            <>
              <CardForm
                key={selected.id}
                ref={titleRef}
                card={selected}
                questions={questions}
                onChange={(patch) => setDoc((d) => updateCard(d, selected.id, patch))}
                onMove={(column) => setDoc((d) => moveCard(d, selected.id, column))}
                onRemove={() => {
                  setDoc((d) => removeCard(d, selected.id));
                  setSelectedId(null);
                }}
              />
              <ArrowForm
                key={`a-${selected.id}`}
                ref={arrowRef}
                doc={doc}
                card={selected}
                onAdd={(to) => {
                  const r = addArrow(doc, selected.id, to);
                  if (!r.error) setDoc(r.doc);
                  return r.error;
                }}
                onRemove={(id) => setDoc((d) => removeArrow(d, id))}
                onDashed={(id, dashed) => setDoc((d) => updateArrow(d, id, { dashed }))}
              />
            </>
          )}
          <NewCardForm
            ref={newCard}
            onAdd={(column, title) => {
              const r = addCard(doc, column, title);
              setDoc(r.doc);
              setSelectedId(r.id);
            }}
          />
          <GapsPanel gaps={gaps} onSelect={setSelectedId} />
        </div>
      </div>
    </div>
  );
}
