import type { ComponentProps } from 'react';
import { RangeForm } from '../range-form';

/** Low and high values (with a source) for the kengetallen the probabilistic analysis may vary. */
export function RangesSection(props: ComponentProps<typeof RangeForm>) {
  return (
    <section className="card" aria-labelledby="ranges-title">
      <h2 id="ranges-title">Bandbreedtes voor de gevoeligheidsanalyse</h2>
      <p className="hint">
        Twijfelt u aan een kengetal, geef dan een lage en een hoge waarde met de bron. De probabilistische
        gevoeligheidsanalyse op het uitvoerscherm trekt het kengetal dan uit een driehoeksverdeling tussen laag en hoog,
        met de ingevulde waarde als top. De waarde zelf moet tussen laag en hoog liggen. Percentages typt u als
        percentage (20 = 20%).
      </p>
      <RangeForm {...props} />
    </section>
  );
}
