'use client';

import { useEffect, useState } from 'react';
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { toPng } from 'html-to-image';

export type Paper = 'A3' | 'A2';
const IMAGE = { width: 3508, height: 2480 }; // A-ratio landscape, 300 dpi on A4, sharp on A3
/** Printed canvas size in mm: the landscape page minus 10 mm margins and room for the title. */
const PRINT_MM: Record<Paper, { w: number; h: number }> = { A3: { w: 400, h: 255 }, A2: { w: 574, h: 370 } };
const mmToPx = (mm: number) => (mm * 96) / 25.4;

/** PNG download (the xyflow download-image pattern) and printing on A3 or A2 landscape. */
export function ExportBar({ name, paper, onPaper }: { name: string; paper: Paper; onPaper: (p: Paper) => void }) {
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);
  const png = async () => {
    const viewport = document.querySelector<HTMLElement>('.arena-canvas .react-flow__viewport');
    if (!viewport) return;
    setBusy(true);
    try {
      const bounds = getNodesBounds(flow.getNodes());
      const v = getViewportForBounds(bounds, IMAGE.width, IMAGE.height, 0.2, 4, 0.03);
      const url = await toPng(viewport, {
        backgroundColor: '#ffffff',
        width: IMAGE.width,
        height: IMAGE.height,
        style: {
          width: `${IMAGE.width}px`,
          height: `${IMAGE.height}px`,
          transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})`,
        },
      });
      const a = document.createElement('a');
      a.download = `effectenarena-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`;
      a.href = url;
      a.click();
    } finally {
      setBusy(false);
    }
  };
  // Printing re-fits the canvas to the paper (the screen's zoom would leave the sheet half empty), then restores it.
  useEffect(() => {
    const before = () => {
      const { w, h } = PRINT_MM[paper];
      void flow.setViewport(getViewportForBounds(getNodesBounds(flow.getNodes()), mmToPx(w), mmToPx(h), 0.1, 2, 0.02));
    };
    const after = () => void flow.fitView({ padding: 0.04 });
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [flow, paper]);
  const print = () => window.print();
  return (
    <div className="arena-toolbar" role="group" aria-label="Exporteren">
      <button type="button" className="secondary" onClick={png} disabled={busy}>
        {busy ? 'Afbeelding maken…' : 'Download PNG'}
      </button>
      <label htmlFor="arena-paper" style={{ margin: 0 }}>
        Papier
      </label>
      <select id="arena-paper" value={paper} onChange={(e) => onPaper(e.target.value as Paper)}>
        <option value="A3">A3 liggend</option>
        <option value="A2">A2 liggend</option>
      </select>
      <button type="button" className="secondary" onClick={print}>
        Afdrukken
      </button>
    </div>
  );
}

/** Page size and canvas height for print, per paper choice (landscape, 10 mm margins). */
export function PrintStyle({ paper }: { paper: Paper }) {
  const { w, h } = PRINT_MM[paper];
  return (
    <style>{`@page { size: ${paper} landscape; margin: 10mm; } @media print { .arena-canvas { width: ${w}mm !important; height: ${h}mm !important; } }`}</style>
  );
}
