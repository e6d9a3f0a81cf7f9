import { z } from 'zod';
import './frenchZodMessages';
import { requiredSingleLineText } from '../model/singleLineText';

export const measureSchema = z.object({
  number: z.number().int('le numéro de mesure est un nombre entier').min(1, 'le numéro de mesure commence à 1').max(10_000),
  title: requiredSingleLineText(500, 'le titre est obligatoire'),
});
export type Measure = z.infer<typeof measureSchema>;

/** A plan of the collective's registry (« Plan d'action national … 2014-2016 »). */
export const planSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'identifiant : minuscules, chiffres et tirets'),
  title: requiredSingleLineText(500, 'le titre du plan est obligatoire'),
  note: z.string().max(2000).optional(),
  measures: z.array(measureSchema).max(1000),
});
export type Plan = z.infer<typeof planSchema>;

/** `GET /api/plans` */
export interface PlanListResponse {
  plans: Array<{ id: string; title: string; measureCount: number }>;
}

/** Body of `PUT /api/plans/:id/measures/:number`. */
export const putMeasureSchema = z.object({ title: measureSchema.shape.title });
