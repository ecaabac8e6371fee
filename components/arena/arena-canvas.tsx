'use client';

import { useCallback, useMemo, useState } from 'react';
import {
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { ARENA_COLUMNS, COLUMN_LABELS, type ArenaDoc } from '@/lib/arena/doc-schema';
import { CARD_SLOT, COLUMN_GAP, COLUMN_WIDTH, columnAt, columnX, HEADER_HEIGHT } from '@/lib/arena/edit';
import type { Estimate } from '@/lib/arena/measures';
import { nodeTypes, type CardNodeData } from './card-node';

interface Props {
  doc: ArenaDoc;
  selectedId: string | null;
  measurements: Map<string, Estimate[]>;
  gaps: Map<string, string>;
  onSelect: (id: string | null) => void;
  /** A card dragged (mouse) or moved (arrow keys) to a new place; the column follows from x. */
  onMove: (id: string, x: number, y: number) => void;
  onConnect: (from: string, to: string) => void;
  onKeyDown: (e: React.KeyboardEvent, focusedCardId: string | null) => void;
}

/** The five Arena columns as background bands, tall enough for the longest column. */
function columnNodes(doc: ArenaDoc): Node[] {
  const height = Math.max(4 * CARD_SLOT, ...doc.cards.map((c) => c.y + CARD_SLOT)) + 20;
  return ARENA_COLUMNS.map((col, i) => ({
    id: `col-${col}`,
    type: 'column',
    position: { x: i * (COLUMN_WIDTH + COLUMN_GAP), y: 0 },
    data: { label: COLUMN_LABELS[col], height },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
  }));
}

export function ArenaCanvas({ doc, selectedId, measurements, gaps, onSelect, onMove, onConnect, onKeyDown }: Props) {
  const build = (prev: Node[]) => {
    const old = new Map(prev.map((n) => [n.id, n]));
    const cards: Node[] = doc.cards.map((card) => ({
      id: card.id,
      type: 'card',
      position: { x: columnX(card.column), y: card.y },
      data: {
        card,
        measurements: measurements.get(card.id) ?? [],
        gap: gaps.get(card.id) ?? null,
      } satisfies CardNodeData,
      selected: card.id === selectedId,
      measured: old.get(card.id)?.measured,
      ariaLabel: `Kaart: ${card.title}`,
    }));
    return [...columnNodes(doc), ...cards];
  };
  const [nodes, setNodes] = useState<Node[]>(() => build([]));
  // Nodes follow the document (adjusted while rendering, not in an effect); measured sizes are kept
  // so edges don't flicker while re-measuring.
  const [shown, setShown] = useState({ doc, selectedId, measurements, gaps });
  if (
    shown.doc !== doc ||
    shown.selectedId !== selectedId ||
    shown.measurements !== measurements ||
    shown.gaps !== gaps
  ) {
    setShown({ doc, selectedId, measurements, gaps });
    setNodes(build);
  }

  const edges: Edge[] = useMemo(() => {
    const column = new Map(doc.cards.map((c) => [c.id, c.column]));
    return doc.arrows.map((a) => ({
      id: a.id,
      source: a.from,
      target: a.to,
      ...(column.get(a.from) === column.get(a.to)
        ? { sourceHandle: 'zijkant', type: 'smoothstep', pathOptions: { offset: 14, borderRadius: 6 } }
        : {}),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: '#42526b' },
      style: { stroke: '#42526b', strokeWidth: 1.5, ...(a.dashed ? { strokeDasharray: '6 4' } : {}) },
      ariaLabel: `Pijl ${a.id}`,
    }));
  }, [doc.arrows, doc.cards]);

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns));
      for (const c of changes) {
        if (c.type === 'position' && c.dragging === false && c.position) onMove(c.id, c.position.x, c.position.y);
        if (c.type === 'select' && c.selected) onSelect(c.id);
      }
    },
    [onMove, onSelect],
  );

  const handleConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) onConnect(c.source, c.target);
    },
    [onConnect],
  );

  const keyDown = (e: React.KeyboardEvent) => {
    const el = (e.target as HTMLElement).closest('.react-flow__node-card');
    onKeyDown(e, el?.getAttribute('data-id') ?? null);
  };

  return (
    <div className="arena-canvas" onKeyDown={keyDown} data-testid="arena-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onConnect={handleConnect}
        onPaneClick={() => onSelect(null)}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.04 }}
        minZoom={0.2}
        maxZoom={2}
        nodeOrigin={[0, 0]}
        defaultEdgeOptions={{ type: 'default' }}
        ariaLabelConfig={{
          'node.a11yDescription.default':
            'Pijltjestoetsen verplaatsen de kaart; Enter bewerkt, N nieuwe kaart, P pijl, Alt+pijl links/rechts naar een andere kolom.',
        }}
      >
        <Background gap={20} color="#eef1f6" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

export const snapY = (y: number) => Math.max(HEADER_HEIGHT, Math.round(y));
export { columnAt };
