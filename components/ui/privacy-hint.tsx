import { PRIVACY_REMINDER } from '@/lib/privacy/reminder';

/** The short reminder beside free-text fields (the guard cannot recognise names). */
export function PrivacyHint({ id }: { id?: string }) {
  return (
    <div id={id} className="hint privacy-hint">
      {PRIVACY_REMINDER}
    </div>
  );
}
