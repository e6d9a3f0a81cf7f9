import type { ProseMirrorJSON } from '../../shared/schema/bodyContent';

interface JsonNode {
  type: string;
  text?: string;
  content?: JsonNode[];
}

/** Nodes whose children are text: each is one passage a person wrote. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

function blockText(block: JsonNode): string {
  return (block.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join('').trim();
}

function textBlocks(node: JsonNode, into: string[] = []): string[] {
  if (TEXT_BLOCKS.has(node.type)) {
    const text = blockText(node);
    if (text) into.push(text);
    return into;
  }
  for (const child of node.content ?? []) textBlocks(child, into);
  return into;
}

/**
 * What a stale local copy holds that the server's current content lacks: the text of each
 * block present in the copy and absent or different on the server, in the copy's order,
 * once each. Compared by text, because the server's rewrite (a restored version) keeps no
 * identity the copy could be matched on, and a block typed offline never existed there.
 */
export function offlinePassages(local: ProseMirrorJSON, server: ProseMirrorJSON): string[] {
  const onServer = new Set(textBlocks(server as JsonNode));
  const passages: string[] = [];
  for (const text of textBlocks(local as JsonNode)) {
    if (!onServer.has(text) && !passages.includes(text)) passages.push(text);
  }
  return passages;
}
