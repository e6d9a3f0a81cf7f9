import type { z } from 'zod';
import { markProblem, nodeAttributesProblem, valueProblemMessages } from './valueRules';

type JsonNode = { type?: unknown; attrs?: unknown; content?: unknown; marks?: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The body of a new compte-rendu (ProseMirror JSON) held to the value rules (SPEC A2): a link
 * to anything but the web or a mail address loses its link and keeps its words (an imported
 * file may hold such links, and the words matter more), while a measure number that is not a
 * positive integer or a name with a control character is an issue at its path. The structure
 * is checked later, against the schema, where the document is built.
 */
export function normaliseContentValues<T extends object>(content: T, context: z.core.$RefinementCtx<T>): T {
  const visit = (node: JsonNode, path: PropertyKey[]): JsonNode => {
    if (!isObject(node)) return node;
    const next: JsonNode = { ...node };
    if (typeof node.type === 'string' && isObject(node.attrs)) {
      const problem = nodeAttributesProblem(node.type, node.attrs);
      if (problem) context.issues.push({ code: 'custom', message: valueProblemMessages[problem], input: node.attrs, path: [...path, 'attrs'] });
    }
    if (Array.isArray(node.marks)) {
      next.marks = node.marks.filter((mark) => !isObject(mark) || typeof mark.type !== 'string' || !markProblem(mark.type, mark.attrs ?? {}));
    }
    if (Array.isArray(node.content)) next.content = node.content.map((child, index) => visit(child as JsonNode, [...path, 'content', index]));
    return next;
  };
  return visit(content as JsonNode, []) as T;
}
