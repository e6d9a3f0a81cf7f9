import type { UnreadComments } from './unreadComments';

/**
 * The « Commentaires » tab's name for screen readers, with what is new: « Commentaires,
 * 2 nouveaux », « Commentaires, 1 nouveau, dont 1 mentionnant votre association ».
 */
export function commentsTabLabel(unread: UnreadComments): string {
  if (unread.count === 0) return 'Commentaires';
  const news = `${unread.count} ${unread.count === 1 ? 'nouveau' : 'nouveaux'}`;
  if (unread.mentions === 0) return `Commentaires, ${news}`;
  return `Commentaires, ${news}, dont ${unread.mentions} mentionnant votre association`;
}
