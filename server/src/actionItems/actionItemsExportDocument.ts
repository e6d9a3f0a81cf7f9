import type { ActionItemView } from '../../../shared/api/actionItems';
import { frenchLongDate } from '../../../shared/export/frenchDate';
import type { Block, ExportDocument } from '../../../shared/export/exportModel';
import { frenchTypography } from '../../../shared/export/frenchTypography';
import { typesetBlocks } from '../../../shared/export/typesetExportModel';

/** « 15 janvier 2014 » for a day, the words as written otherwise (« d’ici la prochaine réunion »). */
const dayInWords = (day: string): string => frenchLongDate(day) ?? day;

/** « Porteurs : … — Échéance : … — À faire, en retard — issu du compte-rendu du 22 novembre 2013 » */
function itemDetails(item: ActionItemView): string {
  const status = item.status === 'done' ? 'Fait' : item.overdue ? 'À faire, en retard' : 'À faire';
  const originDay = item.origin.meetingDate ?? item.document.meetingDate;
  return [
    `Porteurs : ${item.owners.length > 0 ? item.owners.join(', ') : 'aucun'}`,
    `Échéance : ${item.due ? dayInWords(item.due) : 'aucune'}`,
    status,
    originDay ? `issu du compte-rendu du ${dayInWords(originDay)}` : item.origin.title ? `issu de « ${item.origin.title} »` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' — ');
}

function group(title: string, items: readonly ActionItemView[]): Block[] {
  if (items.length === 0) return [];
  return [
    { kind: 'heading', level: 2, inlines: [{ kind: 'text', text: title }] },
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: items.map((item) => [
        { kind: 'paragraph', inlines: [{ kind: 'text', text: item.text, bold: true }] },
        { kind: 'paragraph', inlines: [{ kind: 'text', text: itemDetails(item) }] },
      ]),
    },
  ];
}

/**
 * The « À suivre » list as the export writers lay out a compte-rendu (SPEC T6): a title naming
 * the collective, the day it was drawn up, « nos points à suivre » then the others, each item
 * with its owners, due date, status and the minutes it was first written in.
 */
export function actionItemsExportDocument(items: readonly ActionItemView[], context: { collective: string; today: string }): ExportDocument {
  const ours = items.filter((item) => item.ours);
  const others = items.filter((item) => !item.ours);
  const title = frenchTypography(`Points à suivre — ${context.collective}`);
  const blocks: Block[] =
    items.length === 0
      ? [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Aucun point à suivre ne correspond.' }] }]
      : [...group('Nos points à suivre', ours), ...group(ours.length > 0 ? 'Autres points à suivre' : 'Points à suivre', others)];
  return {
    title,
    collective: context.collective,
    placeAndDate: `Le ${dayInWords(context.today)}`,
    sommaire: [],
    blocks: typesetBlocks(blocks),
    attendance: [],
    properties: { title, subject: 'Points à suivre' },
  };
}
