import { z } from 'zod';

export const measureSchema = z.object({
  number: z.number().int().min(1).max(10_000),
  title: z.string().trim().min(1, 'le titre est obligatoire').max(500),
});
export type Measure = z.infer<typeof measureSchema>;

/** A plan of the collective's registry (« Plan d'action national … 2014-2016 »). */
export const planSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'identifiant : minuscules, chiffres et tirets'),
  title: z.string().trim().min(1).max(500),
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
