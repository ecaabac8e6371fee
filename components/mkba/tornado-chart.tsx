'use client';

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface TornadoDatum {
  name: string;
  range: [number, number];
}

const eur = (v: unknown): string =>
  typeof v === 'number'
    ? `€ ${Math.round(v).toLocaleString('nl-NL')}`
    : Array.isArray(v)
      ? v.map(eur).join(' tot ')
      : String(v);

/** Saldo with each input alone at its 95% CI bounds; the line is the base saldo. */
export function TornadoChart({ data, base }: { data: TornadoDatum[]; base: number }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 34 * data.length + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 10, right: 30, bottom: 10, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={['auto', 'auto']} tickFormatter={eur} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 11 }} />
        <Tooltip formatter={eur} />
        <ReferenceLine x={base} stroke="#17324f" strokeWidth={2} />
        <Bar dataKey="range" name="saldo binnen het 95%-BI" fill="#1f5fae" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
