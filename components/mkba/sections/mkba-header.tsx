import Link from 'next/link';
import { PrintButton } from '@/components/ui/print-button';

export interface MkbaHeaderProps {
  studyId: number;
  studyName: string;
  place: string;
  measured: number;
  approved: number;
  questions: number;
}

/** Title, what the figures rest on (measured, approved, open questions), and the page's actions. */
export function MkbaHeader({ studyId, studyName, place, measured, approved, questions }: MkbaHeaderProps) {
  const base = `/onderzoeken/${studyId}`;
  const open = questions > 0 ? ` en ${questions} met een open vraag` : '';
  return (
    <>
      <div className="crumbs no-print">
        <Link href="/">Onderzoeken</Link> › <Link href={base}>{studyName}</Link> › MKBA
      </div>
      <h1>Uitvoerscherm MKBA</h1>
      <p className="muted">
        {studyName} · {place} · gemeten op {measured} afgeronde dossiers, waarvan{' '}
        <span data-testid="approved">{approved}</span> goedgekeurd door de teamleider{open} · afgedrukt{' '}
        {new Date().toLocaleDateString('nl-NL')}
      </p>
      <div className="row-actions no-print">
        <Link className="button secondary" href={`${base}/kengetallen`}>
          Kengetallen
        </Link>
        <PrintButton label="Afdrukken" />
      </div>
    </>
  );
}
