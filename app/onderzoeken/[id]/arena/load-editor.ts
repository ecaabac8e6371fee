import 'server-only';
import { getDb } from '@/db/client';
import { getResults } from '@/db/queries/results';
import { getStudyCodebook } from '@/db/queries/answers';
import { inputKeys } from '@/lib/aggregate/input-keys';
import { codebookQuestions } from '@/lib/arena/measures';
import type { ArenaEditorProps } from '@/components/arena/arena-editor';

/** What every canvas editor needs besides the canvas: the study's questions, input keys and estimates. */
export function loadEditorContext(studyId: number): Pick<ArenaEditorProps, 'questions' | 'estimates' | 'inputKeys'> {
  const db = getDb();
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const results = getResults(db, studyId);
  return {
    questions: codebookQuestions(codebook),
    estimates: results
      ? results.inputs.map(({ key, mean, ciLow, ciHigh, n }) => ({ key, mean, ciLow, ciHigh, n }))
      : null,
    inputKeys: inputKeys(lists),
  };
}
