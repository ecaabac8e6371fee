'use client';

import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ArenaCard } from '@/lib/arena/doc-schema';
import type { Estimate } from '@/lib/arena/measures';
import { inputKeyLabel } from '@/lib/arena/key-labels';

export type CardNodeData = { card: ArenaCard; measurements: Estimate[]; gap: string | null };
export type CardNode = Node<CardNodeData, 'card'>;
export type ColumnNode = Node<{ label: string; height: number }, 'column'>;

const num = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const fmt = (x: number | null) => (x == null ? '–' : num.format(x));

/** One Arena card: title, effect kind, MKBA lines, and per linked input its estimate with 95% interval. */
function CardView({ data }: NodeProps<CardNode>) {
  const { card, measurements, gap } = data;
  const effect = card.column === 'effecten';
  return (
    <div
      className={`arena-card col-${card.column}${effect && !card.intended ? ' onbedoeld' : ''}`}
      data-card-id={card.id}
    >
      <Handle type="target" position={Position.Left} />
      <div className="t">{card.title}</div>
      {effect && (
        <div className="tags">
          <span className="tag">{card.intended ? 'bedoeld' : 'onbedoeld'}</span>
          <span className="tag">{card.direct ? 'direct' : 'indirect'}</span>
          {card.lines.map((l) => (
            <span key={l} className="tag line">
              {l}
            </span>
          ))}
          {gap && (
            <span className="tag gap" title={gap}>
              hiaat
            </span>
          )}
        </div>
      )}
      {measurements.slice(0, 2).map((m) => (
        <div key={m.key} className="m">
          {inputKeyLabel(m.key)}: {fmt(m.mean)} [{fmt(m.ciLow)} – {fmt(m.ciHigh)}]
        </div>
      ))}
      {measurements.length > 2 && <div className="m">+{measurements.length - 2} meer</div>}
      <Handle type="source" position={Position.Right} />
      {/* Arrows between cards of one column run as a bracket on the left, not back through the cards. */}
      <Handle
        type="source"
        id="zijkant"
        position={Position.Left}
        isConnectable={false}
        style={{ top: '70%', opacity: 0 }}
      />
    </div>
  );
}

function ColumnView({ data }: NodeProps<ColumnNode>) {
  return (
    <div className="arena-column" style={{ height: data.height }}>
      <h3>{data.label}</h3>
    </div>
  );
}

export const CardNodeView = memo(CardView);
export const ColumnNodeView = memo(ColumnView);
export const nodeTypes = { card: CardNodeView, column: ColumnNodeView };
