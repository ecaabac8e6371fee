import { formatDateTime } from '@/lib/format/nl';
import type { SourceView } from '@/lib/mkba/kengetallen-view';

const KIND_LABELS: Record<SourceView['kind'], string> = {
  invoer: 'ingevoerd',
  rapport: 'rapport',
  standaard: 'standaard',
  onderzoek: 'onderzoek',
  catalogus: 'catalogus',
  afgeleid: 'afgeleid',
  ontbreekt: 'ontbreekt',
};

/** Where a kengetal comes from: the report's default, a derived or tool default, or who typed it and when. */
export function SourceLabel({ source }: { source: SourceView }) {
  if (source.kind === 'invoer') {
    return (
      <span className="source small" data-source="invoer">
        ingevoerd door {source.by}
        {source.at ? `, ${formatDateTime(source.at)}` : ''}
        {source.note ? ` (${source.note})` : ''}
      </span>
    );
  }
  if (source.kind === 'ontbreekt')
    return (
      <span className="badge geweigerd" data-source="ontbreekt">
        ontbreekt
      </span>
    );
  return (
    <span className="source small muted" data-source={source.kind}>
      <span className="badge">{KIND_LABELS[source.kind]}</span> {source.note}
    </span>
  );
}
