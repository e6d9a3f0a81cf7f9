import { z } from 'zod';
import './frenchZodMessages';
import { calendarDateSchema } from '../model/calendarDate';
import { requiredSingleLineText } from '../model/singleLineText';

export const ACTION_ITEM_SORTS = ['due', 'meeting', 'status'] as const;

/** The query string of `GET /api/action-items` (SPEC T1–T2). */
export const actionItemsQuerySchema = z
  .object({
    status: z.enum(['open', 'done', 'all'], 'statut inconnu (à faire : open, fait : done, tous : all)').default('all'),
    /** An organisation among the owners (« Secours Catholique »); accents and case do not matter. */
    association: z.string().trim().min(1).max(300).optional(),
    overdue: z.enum(['1', '0'], 'valeur attendue : 1 (en retard seulement) ou 0').optional(),
    series: z.string().trim().min(1).max(100).optional(),
    /** Meeting days of the minutes the item was written in, both included, `AAAA-MM-JJ`. */
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    sort: z.enum(ACTION_ITEM_SORTS, 'tri inconnu (échéance : due, réunion : meeting, statut : status)').default('due'),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'la période est à l’envers : la date de début suit la date de fin',
    path: ['from'],
  });
export type ActionItemsQuery = z.infer<typeof actionItemsQuerySchema>;

/** A compte-rendu an item is shown in; its title and date only when the caller may read it. */
export interface ActionItemDocumentRef {
  documentId: string;
  title: string | null;
  meetingDate: string | null;
}

/** One « À suivre » of the collective, as the latest minutes that show it have it (T1). */
export interface ActionItemView {
  /** The item's id in its boxes (every carried copy keeps it). */
  id: string;
  text: string;
  owners: string[];
  /** An ISO day, or free text (« d’ici la prochaine réunion »). */
  due: string;
  status: 'open' | 'done';
  /** Derived from the due day (Europe/Paris) and the status, never stored (T2). */
  overdue: boolean;
  /** The document that holds the latest copy: changes are written there (T3). */
  documentId: string;
  document: ActionItemDocumentRef & { seriesId: string; validated: boolean };
  /** Where the item was first written. */
  origin: ActionItemDocumentRef;
  /** One of the owners is the caller's association (« nos points à suivre »). */
  ours: boolean;
}

/** `GET /api/action-items` */
export interface ActionItemsResponse {
  items: ActionItemView[];
}

/**
 * `GET /api/action-items/reminders`: the open, overdue items owned by the caller's association
 * (SPEC T5), derived on read; none when the caller's account has no association.
 */
export interface ActionItemRemindersResponse {
  count: number;
  /** The association the reminders are for, to open the filtered « À suivre » page. */
  association: string | null;
  items: ActionItemView[];
}

/** `PATCH /api/action-items/:documentId/:itemId`: what changes, at least one field. */
export const actionItemPatchSchema = z
  .strictObject({
    status: z.enum(['open', 'done'], 'statut inconnu (à faire : open, fait : done)').optional(),
    /** Organisations, one line each, as the relay accepts them in a box (A2). */
    owners: z.array(requiredSingleLineText(300, 'un porteur ne peut pas être vide')).max(30, '30 porteurs au plus').optional(),
    due: z.union([calendarDateSchema, z.literal('')]).optional(),
  })
  .refine((patch) => patch.status !== undefined || patch.owners !== undefined || patch.due !== undefined, {
    message: 'rien à modifier : indiquez le statut, les porteurs ou l’échéance',
  });
export type ActionItemPatch = z.infer<typeof actionItemPatchSchema>;
