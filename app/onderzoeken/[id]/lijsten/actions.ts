'use server';

import { saveStudyLists } from '@/db/queries/study-lists';
import { studyListsSchema } from '@/lib/codebook';
import { listsIssueMessage } from '@/lib/codebook/lists-schema';
import { unwrap } from '@/lib/refusal';
import { studyAction } from '@/app/action';

export const saveListsAction = studyAction(
  { schema: studyListsSchema, describe: listsIssueMessage },
  ({ db, studyId, input, actor }) => {
    unwrap(saveStudyLists(db, studyId, input, actor));
    return null;
  },
);
