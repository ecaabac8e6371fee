import { describe, expect, it } from 'vitest';
import { workflowSteps } from '@/lib/study/workflow';
import { formatInt } from '@/lib/format/nl';
import { formatInterval, formatNumber, formatPercent, intervalMethodText } from '@/lib/format/estimate';

describe('workflow steps', () => {
  it('start with the frame to import and the rest waiting', () => {
    const steps = workflowSteps({ frameCases: 0, teams: 0, caseworkers: 0, draw: null, itemsByStatus: {} });
    expect(steps.map((s) => [s.key, s.status])).toEqual([
      ['kader', 'open'],
      ['steekproef', 'wacht'],
      ['interviews', 'wacht'],
      ['beoordeling', 'wacht'],
      ['resultaten', 'wacht'],
      ['mkba', 'wacht'],
      ['export', 'wacht'],
    ]);
  });

  it('follow the stored facts', () => {
    const steps = workflowSteps({
      frameCases: 2500,
      teams: 4,
      caseworkers: 20,
      draw: { version: 2 },
      itemsByStatus: { te_bespreken: 230, besproken: 10, reserve: 60 },
    });
    expect(steps[0]).toMatchObject({ status: 'klaar', detail: '2.500 dossiers, 4 teams, 20 teamleden' });
    expect(steps[1]).toMatchObject({ status: 'klaar', detail: 'Versie 2: 240 dossiers getrokken' });
    expect(steps[2]).toMatchObject({ status: 'bezig', detail: '10 van 240 besproken', path: 'interviews' });
    expect(steps[3]).toMatchObject({ status: 'open', path: 'beoordeling' });
    expect(steps[4]).toMatchObject({ status: 'bezig', path: 'resultaten' });
    expect(steps[5]).toMatchObject({ status: 'open', path: 'mkba' });
    expect(steps[6]).toMatchObject({ status: 'open' });
  });
});

describe('Dutch number formats', () => {
  it('use a decimal comma, thousands dots and a dash for no value', () => {
    expect(formatInt(2500)).toBe('2.500');
    expect(formatNumber(1.8)).toBe('1,80');
    expect(formatNumber(null)).toBe('–');
    expect(formatPercent(0.4)).toBe('40%');
    expect(formatInterval(0.1, 0.25)).toBe('0,10 – 0,25');
  });
  it('a rare event does not read as 0,00 (e.g. a prevented escalation per household)', () => {
    expect(formatNumber(0.0042)).toBe('0,0042');
    expect(formatInterval(0.0011, 0.016)).toBe('0,0011 – 0,016');
    expect(formatNumber(0)).toBe('0,00');
  });
  it('names the interval method beside a table, with df and the scales present', () => {
    expect(intervalMethodText(['logit', 'log', undefined], 60)).toBe(
      '95%-BI uit het steekproefontwerp: t-verdeling met 60 vrijheidsgraden (dossiers min teamleden); aandelen op logitschaal, aantallen per huishouden op logschaal.',
    );
  });
});
