'use server';

import { addCustomScenario, deleteCustomScenario, setOverride } from '@/db/queries/mkba';
import { customScenarioSchema, overrideSchema, scenarioIdSchema } from '@/lib/mkba';
import { studyAction } from '@/app/action';

/** Overrides a line or quantity by hand (value null removes the override); a reason is required. */
export const setOverrideAction = studyAction(
  { schema: overrideSchema, revalidate: 'mkba' },
  ({ db, studyId, input, actor }) => setOverride(db, studyId, input, actor),
);

export const addScenarioAction = studyAction(
  { schema: customScenarioSchema, revalidate: 'mkba' },
  ({ db, studyId, input, actor }) => addCustomScenario(db, studyId, input, actor),
);

export const deleteScenarioAction = studyAction(
  { schema: scenarioIdSchema, revalidate: 'mkba' },
  ({ db, studyId, input, actor }) => deleteCustomScenario(db, studyId, input, actor),
);
