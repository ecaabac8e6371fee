'use client';

import { useActionState } from 'react';
import { createUserAction, grantAction, resetPasswordAction, toggleUserAction } from '@/app/beheer/actions';
import type { ActionResult } from '@/app/action-result';
import { PrivacyHint } from '@/components/ui/privacy-hint';

function Result({ state }: { state: ActionResult<string> | null }) {
  if (!state) return null;
  const text = state.ok ? state.data : (state.formError ?? 'Dit is niet gelukt.');
  return (
    <div className={`alert ${state.ok ? 'ok' : 'error'}`} role="alert">
      {text}
    </div>
  );
}

export function CreateUserForm({ studies }: { studies: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} aria-label="Account aanmaken">
      <Result state={state} />
      <div className="field">
        <label htmlFor="nu-username">Gebruikersnaam</label>
        <input id="nu-username" name="username" required />
      </div>
      <div className="field">
        <label htmlFor="nu-name">Naam</label>
        <input id="nu-name" name="displayName" maxLength={80} aria-describedby="nu-name-hint" />
        <PrivacyHint id="nu-name-hint" />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="isAdmin" /> beheerder
        </label>
      </div>
      <StudyRoleFields prefix="nu" studies={studies} optional />
      <button type="submit" disabled={pending}>
        Account aanmaken
      </button>
    </form>
  );
}

function StudyRoleFields({
  prefix,
  studies,
  optional,
}: {
  prefix: string;
  studies: { id: number; name: string }[];
  optional?: boolean;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-study`}>Onderzoek</label>
        <select id={`${prefix}-study`} name="studyId" required={!optional}>
          {optional && <option value="">(geen)</option>}
          {studies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-role`}>Rol</label>
        <select id={`${prefix}-role`} name="role">
          <option value="onderzoeker">onderzoeker</option>
          <option value="teamleider">teamleider</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-team`}>Team (voor een teamleider)</label>
        <input id={`${prefix}-team`} name="team" />
      </div>
    </>
  );
}

export function GrantForm({ usernames, studies }: { usernames: string[]; studies: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(grantAction, null);
  return (
    <form action={action} aria-label="Toegang geven">
      <Result state={state} />
      <div className="field">
        <label htmlFor="gr-user">Gebruiker</label>
        <select id="gr-user" name="username">
          {usernames.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </div>
      <StudyRoleFields prefix="gr" studies={studies} />
      <button type="submit" disabled={pending}>
        Toegang geven
      </button>
    </form>
  );
}

export function UserRowActions({ username, disabled }: { username: string; disabled: boolean }) {
  const [toggleState, toggle] = useActionState(toggleUserAction, null);
  const [resetState, reset] = useActionState(resetPasswordAction, null);
  return (
    <div>
      <form action={toggle} style={{ display: 'inline' }}>
        <input type="hidden" name="username" value={username} />
        <input type="hidden" name="disable" value={disabled ? '0' : '1'} />
        <button type="submit" className="small secondary">
          {disabled ? 'Activeren' : 'Uitschakelen'}
        </button>
      </form>{' '}
      <form action={reset} style={{ display: 'inline' }}>
        <input type="hidden" name="username" value={username} />
        <button type="submit" className="small secondary">
          Nieuw wachtwoord
        </button>
      </form>
      <Result state={toggleState ?? resetState} />
    </div>
  );
}
