import type { getResults } from '@/db/queries/results';
import type { InputEstimate } from '@/lib/aggregate';

/** The results page's data (a drawn sample) and a lookup of one estimate by its input key. */
export type Results = NonNullable<ReturnType<typeof getResults>>;
export type EstimateOf = (key: string) => InputEstimate | undefined;

/** The report's decomposition of trajectories per household (1,8 = dead weight + extra + team + substitutie + op maat). */
export const DECOMPOSITION = ['prof_dw', 'prof_extra', 'team', 'substitutie', 'meer_op_maat'] as const;
