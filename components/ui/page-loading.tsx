/** What a slow page shows while the server computes it (the route's loading.tsx). */
export function PageLoading({ text }: { text: string }) {
  return (
    <div className="card" role="status" aria-live="polite" aria-busy="true">
      <p className="muted">{text}</p>
    </div>
  );
}
