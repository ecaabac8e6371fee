import 'server-only';
import { eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { studyLists } from '../schema';
import { writeAudit } from './audit';
import { defaultLists, studyListsSchema, type StudyLists } from '@/lib/codebook';
import { issuePlace, listsIssueMessage } from '@/lib/codebook/lists-schema';
import { firstPersonalDataMessage } from '@/lib/privacy';

// The parsed lists object is reused while unchanged: schema and layout caches are keyed on it.
const cache = new WeakMap<Db, Map<number, { updatedAt: number; lists: StudyLists }>>();

/** The lists a study interviews with: its own when edited, else the defaults. */
export function getStudyLists(db: Db, studyId: number): StudyLists {
  const row = db
    .select({ lists: studyLists.lists, updatedAt: studyLists.updatedAt })
    .from(studyLists)
    .where(eq(studyLists.studyId, studyId))
    .get();
  if (!row) return defaultLists;
  let byStudy = cache.get(db);
  if (!byStudy) cache.set(db, (byStudy = new Map()));
  const hit = byStudy.get(studyId);
  if (hit && hit.updatedAt === row.updatedAt) return hit.lists;
  const lists = studyListsSchema.parse(row.lists) as StudyLists;
  byStudy.set(studyId, { updatedAt: row.updatedAt, lists });
  return lists;
}

/** Codes that answers of this study refer to, per list: those may not be removed. */
function codesInUse(db: Db, studyId: number) {
  const rows = db.$client
    .prepare(
      `
    select ca.question_key, ca.value from case_answers ca
    join sample_items si on si.id = ca.sample_item_id join sample_draws sd on sd.id = si.draw_id
    where sd.study_id = ? and (ca.question_key like 'B.%' or ca.question_key like 'D.%' or ca.question_key like 'C.%.type' or ca.question_key like 'C.%.vervangt_type')`,
    )
    .raw()
    .all(studyId) as [string, string | null][];
  const used = {
    lifeDomains: new Set<string>(),
    escalationTypes: new Set<string>(),
    trajectoryTypes: new Set<string>(),
  };
  for (const [key, value] of rows) {
    const [table, row] = key.split('.');
    if (table === 'B') used.lifeDomains.add(row);
    else if (table === 'D') used.escalationTypes.add(row);
    else if (value) used.trajectoryTypes.add(JSON.parse(value) as string);
  }
  return used;
}

export type SaveListsResult = { ok: true } | { ok: false; message: string };

/** Stores edited lists; removing a code that answers use is refused (it would orphan them). */
export function saveStudyLists(db: Db, studyId: number, input: unknown, actor: string): SaveListsResult {
  const parsed = studyListsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: listsIssueMessage(parsed.error.issues[0]) };
  const lists = parsed.data as StudyLists;
  // The personal-data guard on every label, before the lists are stored or audited.
  const privacy = firstPersonalDataMessage(
    (['lifeDomains', 'escalationTypes', 'trajectoryTypes'] as const).flatMap((name) =>
      lists[name].map((x, i) => [issuePlace([name, i, 'label']), x.label] as const),
    ),
  );
  if (privacy) return { ok: false, message: privacy };
  return inTransaction(db, () => {
    const old = getStudyLists(db, studyId);
    const used = codesInUse(db, studyId);
    const removed = (name: keyof StudyLists) => {
      const kept = new Set(lists[name].map((x) => x.code));
      return old[name].map((x) => x.code).filter((c) => !kept.has(c) && used[name].has(c));
    };
    const orphaned = [...removed('lifeDomains'), ...removed('escalationTypes'), ...removed('trajectoryTypes')];
    if (orphaned.length > 0) {
      return {
        ok: false,
        message: `Deze codes zijn al gebruikt in interviews en kunnen niet verwijderd worden: ${orphaned.join(', ')}. Pas zo nodig alleen de omschrijving aan.`,
      };
    }
    const now = Date.now();
    db.insert(studyLists)
      .values({ studyId, lists, updatedAt: now, updatedBy: actor })
      .onConflictDoUpdate({ target: studyLists.studyId, set: { lists, updatedAt: now, updatedBy: actor } })
      .run();
    writeAudit(db, {
      actor,
      action: 'study.lists',
      studyId,
      entity: 'study_lists',
      entityId: studyId,
      oldValue: old,
      newValue: lists,
    });
    return { ok: true } as const;
  });
}

/** Who last changed the study's lists and when; null while the study uses the default lists. */
export function getStudyListsMeta(db: Db, studyId: number) {
  return (
    db
      .select({ updatedAt: studyLists.updatedAt, updatedBy: studyLists.updatedBy })
      .from(studyLists)
      .where(eq(studyLists.studyId, studyId))
      .get() ?? null
  );
}
