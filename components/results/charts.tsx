'use client';

import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarDatum {
  name: string;
  value: number;
  err?: [number, number];
}

const nl = (v: unknown) =>
  typeof v === 'number' ? v.toLocaleString('nl-NL', { maximumFractionDigits: 2 }) : String(v);
const COLORS = ['#1f5fae', '#e07b24', '#2f9e6b', '#8a5cc2', '#c23b4a', '#6b7a8f', '#b8a02c'];

/** Means with their 95% interval as error bars. */
export function EstimateBars({ data, height = 260 }: { data: BarDatum[]; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 10, right: 10, bottom: 40, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-25} textAnchor="end" height={60} tick={{ fontSize: 11 }} />
        <YAxis tickFormatter={nl} tick={{ fontSize: 11 }} />
        <Tooltip formatter={nl} />
        <Bar dataKey="value" name="gemiddelde" fill={COLORS[0]} isAnimationActive={false}>
          <ErrorBar dataKey="err" width={6} stroke="#333" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Several series side by side or stacked (leefgebieden: aanvang / nu / bruto / netto; trajecttypen per categorie). */
export function GroupedBars({
  data,
  series,
  stacked = false,
  height = 300,
}: {
  data: Record<string, number | string>[];
  series: { key: string; label: string }[];
  stacked?: boolean;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 10, right: 10, bottom: 50, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" height={80} tick={{ fontSize: 11 }} />
        <YAxis tickFormatter={nl} tick={{ fontSize: 11 }} />
        <Tooltip formatter={nl} />
        <Legend />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={COLORS[i % COLORS.length]}
            stackId={stacked ? 'a' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
