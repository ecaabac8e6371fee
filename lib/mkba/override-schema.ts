import { z } from 'zod';
import { personalDataMessage } from '@/lib/privacy';
import { LINE_CODES } from './types';

const TARGET = new RegExp(`^(line:(${LINE_CODES.join('|')})|quantity:[a-z_]+\\.[a-z0-9_]+)$`);

/**
 * A hand override of an MKBA line or quantity: a known target, a number (null removes the
 * override), and a reason of at least 3 characters when setting one, without personal data.
 */
export const overrideSchema = z
  .object({
    target: z
      .string({ error: 'Kies wat je overschrijft.' })
      .max(200, 'Kies wat je overschrijft.')
      .regex(TARGET, 'Kies wat je overschrijft uit de lijst.'),
    value: z.number({ error: 'Vul een getal in.' }).finite('Vul een getal in.').nullable(),
    reason: z
      .string({ error: 'Geef een reden voor de overschrijving.' })
      .max(500, 'De reden mag hoogstens 500 tekens hebben.')
      .nullish()
      .transform((r) => (r ?? '').trim()),
  })
  .superRefine((v, ctx) => {
    if (v.value !== null && v.reason.length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Geef een reden voor de overschrijving (minstens 3 tekens).',
      });
    }
    const privacy = personalDataMessage('De reden', v.reason);
    if (privacy) ctx.addIssue({ code: 'custom', path: ['reason'], message: privacy });
  });
export type OverrideInput = z.output<typeof overrideSchema>;

export const scenarioIdSchema = z
  .number({ error: 'Dit scenario bestaat niet meer.' })
  .int('Dit scenario bestaat niet meer.')
  .positive('Dit scenario bestaat niet meer.');
