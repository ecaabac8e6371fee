'use server';

import { archiveActiveDraw, storeNewDraw } from '@/db/queries/sample-draws';
import { replaceCase } from '@/db/queries/sample-items';
import { archiveFormSchema, drawFormSchema, replaceFormSchema } from '@/lib/sampling/draw-form-schema';
import { studyAction } from '@/app/action';

export const drawSampleAction = studyAction({ schema: drawFormSchema }, ({ db, studyId, input: v, actor }) => {
  const row = storeNewDraw(db, {
    studyId,
    seed: Number(v.seed),
    perCaseworker: v.perCaseworker,
    reserves: v.reserves,
    caseworkers: v.caseworkers,
    reason: v.reason,
    actor,
  });
  return { version: row.version };
});

export const replaceCaseAction = studyAction({ schema: replaceFormSchema }, ({ db, studyId, input: v, actor }) => ({
  message: replaceCase(db, { studyId, dossiernummer: v.dossiernummer, reason: v.reason, note: v.note, actor }).message,
}));

export const archiveDrawAction = studyAction({ schema: archiveFormSchema }, ({ db, studyId, input, actor }) => ({
  version: archiveActiveDraw(db, studyId, input.reason, actor).version,
}));
