import 'server-only';
import { isJobStopped } from '@/db/jobs/run';

/** The answer when a download's worker job did not finish: nothing for a client that left, else a Dutch message. */
export function jobFailedResponse(err: unknown, what: string): Response {
  if (isJobStopped(err, 'cancelled')) return new Response(null, { status: 499 });
  console.error(`${what} failed`, err);
  const reason = isJobStopped(err, 'timeout')
    ? `Het maken van ${what} duurde te lang en is gestopt. Probeer het later opnieuw.`
    : `Het maken van ${what} is mislukt. Probeer het opnieuw.`;
  return new Response(reason, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
