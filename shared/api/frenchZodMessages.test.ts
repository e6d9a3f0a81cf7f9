import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createInvitationSchema, loginSchema, setupSchema, updateUserSchema } from './auth';
import { createCommentSchema } from './comments';
import { createMinutesSchema } from './minutes';
import { putMeasureSchema } from './plans';
import { approveSchema, setStatusSchema, validateSchema } from './review';
import { reviewSettingsSchema } from './reviewSettings';
import { putShareSchema } from './shares';
import { suggestionDecisionSchema } from './suggestionDecisions';

/** Words of zod's English messages, none of which may reach a French UI. */
const ENGLISH = /\b(Expected|expected|Invalid|invalid|Required|required|received|must|Too (big|small)|Unrecognized|characters|option)\b/;

const messagesOf = (schema: z.ZodType, input: unknown): string[] => {
  const parsed = schema.safeParse(input);
  expect(parsed.success, JSON.stringify(input)).toBe(false);
  return parsed.error!.issues.map((issue) => issue.message);
};

describe('zod messages in French (A2)', () => {
  it('A2: the messages zod makes up itself (type, size, format, enum, unknown key) are French, on every kind of schema', () => {
    const cases: Array<[z.ZodType, unknown]> = [
      [loginSchema, {}],
      [loginSchema, { email: 42, password: '' }],
      [setupSchema, { name: 'x'.repeat(500), email: 'pas-une-adresse', password: 'court' }],
      [createInvitationSchema, { associationId: null, role: 'ministre' }],
      [updateUserSchema, { disabled: 'oui' }],
      [setStatusSchema, { status: 'validated' }],
      [approveSchema, { versionId: '' }],
      [validateSchema, { meetingDate: 20140131 }],
      [reviewSettingsSchema, { membersSuggestOnlyInReview: true, autre: 1 }],
      [putShareSchema, { email: 'a@b.fr', access: 'admin' }],
      [putMeasureSchema, { title: ['liste'] }],
      [createCommentSchema, { quote: '', body: null }],
      [suggestionDecisionSchema, { decision: 'accept', suggestions: [] }],
      [createMinutesSchema, { meta: { title: 'Réunion' }, participants: [{ organisation: 'X', people: 'Y', attendance: 'present' }] }],
      [createMinutesSchema, { meta: { title: 'Réunion' }, content: { type: 'paragraph' } }],
    ];
    for (const [schema, input] of cases) {
      for (const message of messagesOf(schema, input)) {
        expect(message, JSON.stringify(input)).not.toMatch(ENGLISH);
        expect(message).toMatch(/[a-zàâçéèêëîïôûùüÿœ]/);
      }
    }
  });

  it('says what is expected in words a reader knows', () => {
    expect(messagesOf(loginSchema, {})).toEqual(['champ obligatoire', 'champ obligatoire']);
    expect(messagesOf(setStatusSchema, { status: 'validated' })).toEqual(['valeur non reconnue (valeurs acceptées : « draft », « review »)']);
    expect(messagesOf(z.object({ n: z.string().max(3) }), { n: 'abcd' })).toEqual(['au plus 3 caractères']);
    expect(messagesOf(z.object({ n: z.number() }), { n: 'douze' })).toEqual(['valeur attendue : un nombre']);
    // A schema's own message still wins.
    expect(messagesOf(createMinutesSchema, { meta: { title: ' ' } })).toEqual(['le titre est obligatoire']);
  });
});
