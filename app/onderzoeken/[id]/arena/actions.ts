'use server';

import { z } from 'zod';
import { createGroupCanvas, mergeGroupCanvases, saveCanvas } from '@/db/queries/arena';
import { arenaGroupSchema } from '@/lib/arena/group-schema';
import { unwrap } from '@/lib/refusal';
import { studyAction } from '@/app/action';

const saveInput = z.object({
  canvasId: z.number().int().positive().nullable(),
  // The document is parsed (and checked for personal data) by the save step itself.
  doc: z.unknown(),
  baseRevision: z.number({ error: 'Ongeldig verzoek.' }).int('Ongeldig verzoek.').min(0, 'Ongeldig verzoek.'),
});

/**
 * Autosave of a canvas; a stale revision is refused as a conflict (the editor then offers to
 * reload). A value, not a redirect: an expired session must not navigate away from unsaved edits.
 * The uitvoerscherm shows the study canvas's effects per MKBA line, so the study is revalidated.
 */
export const saveArenaAction = studyAction({ schema: saveInput }, ({ db, studyId, input, actor }) => {
  const { canvasId, revision } = unwrap(saveCanvas(db, { studyId, ...input, actor }));
  return { canvasId, revision };
});

export const createGroupAction = studyAction(
  { schema: arenaGroupSchema, revalidate: 'arena' },
  ({ db, studyId, input, actor }) => ({
    id: createGroupCanvas(db, studyId, input.name, input.fromTemplate, actor),
  }),
);

const mergeInput = z.object({
  groupIds: z.array(z.number().int().positive()).max(50, 'Kies hoogstens 50 groepen.'),
  baseRevision: z.number().int().min(0),
});

export const mergeGroupsAction = studyAction({ schema: mergeInput }, ({ db, studyId, input, actor }) => {
  const { canvasId, revision } = unwrap(mergeGroupCanvases(db, studyId, input.groupIds, input.baseRevision, actor));
  return { canvasId, revision };
});
