import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Niet gevonden</h1>
      <p>
        Deze pagina of dit onderzoek bestaat niet. <Link href="/">Terug naar de onderzoeken</Link>
      </p>
    </>
  );
}
