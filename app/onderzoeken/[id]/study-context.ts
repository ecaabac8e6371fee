import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { findStudyByParam } from '@/db/queries/studies';

/** Resolves the [id] segment to a study, or the 404 page for an unknown or malformed id. */
export async function loadStudy(params: Promise<{ id: string }>) {
  const { id } = await params;
  const study = findStudyByParam(getDb(), id);
  if (!study) notFound();
  return study;
}
