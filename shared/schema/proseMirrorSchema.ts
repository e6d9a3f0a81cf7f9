import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { schemaExtensions } from './extensions';

let cached: Schema | undefined;

/** The ProseMirror schema of a compte-rendu, built once (it is immutable). */
export function minutesSchema(): Schema {
  cached ??= getSchema(schemaExtensions());
  return cached;
}
