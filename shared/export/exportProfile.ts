import type { ProseMirrorJSON } from '../schema/bodyContent';

/** `internal` goes to the member associations, `external` to partners such as a ministry. */
export const EXPORT_PROFILES = ['internal', 'external'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

export const isExportProfile = (value: unknown): value is ExportProfile =>
  (EXPORT_PROFILES as readonly unknown[]).includes(value);

export const exportProfileLabels: Record<ExportProfile, string> = {
  internal: 'Version interne',
  external: 'Version externe',
};

/** The parts of a compte-rendu that a profile can leave out. */
export const DROPPABLE_PARTS = ['actionItems', 'annexes', 'nextMeetings', 'comments'] as const;
export type DroppablePart = (typeof DROPPABLE_PARTS)[number];

/** What one profile leaves out: true means « dropped ». */
export type ProfileDrops = Record<DroppablePart, boolean>;

export const droppablePartLabels: Record<DroppablePart, string> = {
  actionItems: 'Encadrés « À suivre »',
  annexes: 'Annexes',
  nextMeetings: 'Prochaines réunions',
  comments: 'Commentaires',
};

/**
 * What the collective did by hand before sending minutes to the ministry: the external
 * version loses the follow-ups, the annexes, the next meeting dates and any comment.
 */
export const defaultProfileDrops: Record<ExportProfile, ProfileDrops> = {
  internal: { actionItems: false, annexes: false, nextMeetings: false, comments: false },
  external: { actionItems: true, annexes: true, nextMeetings: true, comments: true },
};

type JsonNode = { type?: string; attrs?: Record<string, unknown>; content?: JsonNode[]; [key: string]: unknown };

/**
 * What one download leaves out. Comments are printed only when the caller asks for them and
 * the profile keeps them; the external version never carries any, whatever is asked or set.
 */
export function exportDrops(profile: ExportProfile, drops: ProfileDrops, commentsAsked: boolean): ProfileDrops {
  return { ...drops, comments: profile === 'external' || drops.comments || !commentsAsked };
}

/** The body part a node belongs to, if it is one a profile can drop: an annex goes with the annexes wherever it sits (M12). */
function partOf(node: JsonNode): DroppablePart | undefined {
  if (node.type === 'actionItem') return 'actionItems';
  if (node.type === 'annex') return 'annexes';
  if (node.type === 'markedSection') return node.attrs?.kind === 'nextMeetings' ? 'nextMeetings' : 'annexes';
  return undefined;
}

/**
 * The body without the parts the profile drops. A container left empty by the removal
 * (a quote that only held an « À suivre » box) goes too, since the schema forbids it empty.
 * Comments are not in the body: their switch is applied where comments are gathered.
 */
export function applyProfile(body: ProseMirrorJSON, drops: ProfileDrops): ProseMirrorJSON {
  const keep = (node: JsonNode): JsonNode | undefined => {
    const part = partOf(node);
    if (part && drops[part]) return undefined;
    if (!node.content) return node;
    const content = node.content.map(keep).filter((child): child is JsonNode => child !== undefined);
    if (content.length === 0 && node.content.length > 0 && node.type !== 'doc') return undefined;
    return { ...node, content };
  };
  return keep(body as JsonNode) as ProseMirrorJSON;
}

/**
 * How many of each droppable part the body holds: what the export dialog previews. The
 * annexes are the « Annexes » sections plus the annexes outside them, each counted once.
 */
export function countDroppableParts(body: ProseMirrorJSON): Record<Exclude<DroppablePart, 'comments'>, number> {
  const counts = { actionItems: 0, annexes: 0, nextMeetings: 0 };
  const visit = (node: JsonNode, inAnnexes: boolean) => {
    const part = partOf(node);
    if (part && part !== 'comments' && !(part === 'annexes' && inAnnexes)) counts[part] += 1;
    for (const child of node.content ?? []) visit(child, inAnnexes || part === 'annexes');
  };
  visit(body as JsonNode, false);
  return counts;
}
