'use client';

import { useTransition } from 'react';
import { deleteScenarioAction } from '@/app/onderzoeken/[id]/mkba/actions';

export function DeleteScenarioButton({ studyId, id, name }: { studyId: number; id: number; name: string }) {
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      className="secondary small no-print"
      disabled={pending}
      aria-label={`Scenario ${name} verwijderen`}
      onClick={() => {
        if (confirm(`Scenario "${name}" verwijderen?`))
          start(async () => {
            await deleteScenarioAction(studyId, id);
          });
      }}
    >
      ×
    </button>
  );
}
