import { describe, expect, it } from 'vitest';
import { exportSettingsSchema } from './exportSettings';
import { applyProfile, countDroppableParts, defaultProfileDrops, exportDrops } from './exportProfile';
import { sampleMinutes } from './testing/sampleMinutes';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const types = (body: object) => ((body as { content?: Array<{ type: string }> }).content ?? []).map((node) => node.type);

describe('export profiles', () => {
  const { content } = sampleMinutes();

  it('internal keeps everything; external drops the À suivre boxes, the annexes and the next meetings', () => {
    expect(applyProfile(content, defaultProfileDrops.internal)).toEqual(content);
    const external = applyProfile(content, defaultProfileDrops.external);
    expect(countDroppableParts(external)).toEqual({ actionItems: 0, annexes: 0, nextMeetings: 0 });
    expect(countDroppableParts(content)).toEqual({ actionItems: 3, annexes: 1, nextMeetings: 1 });
    expect(types(external).filter((type) => type === 'speakerTurn')).toHaveLength(9);
  });

  it('drops each part on its own switch, and never touches its input', () => {
    const before = structuredClone(content);
    const withoutAnnexes = applyProfile(content, { ...defaultProfileDrops.internal, annexes: true });
    expect(countDroppableParts(withoutAnnexes)).toEqual({ actionItems: 3, annexes: 0, nextMeetings: 1 });
    const withoutFollowUps = applyProfile(content, { ...defaultProfileDrops.internal, actionItems: true });
    expect(countDroppableParts(withoutFollowUps)).toEqual({ actionItems: 0, annexes: 1, nextMeetings: 1 });
    expect(content).toEqual(before);
  });

  it('C5: comments are kept only when asked and allowed, and never by the external version', () => {
    const { internal, external } = defaultProfileDrops;
    expect(exportDrops('internal', internal, true).comments).toBe(false);
    expect(exportDrops('internal', internal, false).comments).toBe(true);
    expect(exportDrops('internal', { ...internal, comments: true }, true).comments).toBe(true);
    expect(exportDrops('external', { ...external, comments: false }, true)).toEqual(external);
    // A setting cannot make the external version keep comments either.
    const settings = exportSettingsSchema.parse({ readersExternalOnly: false, profiles: { internal, external: { ...external, comments: false } } });
    expect(settings.profiles.external.comments).toBe(true);
  });

  it('removes a container that only held what was dropped, since the schema forbids it empty', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'blockquote', content: [{ type: 'actionItem', attrs: { owners: [], due: '', status: 'open' }, content: [paragraph('à faire')] }] },
        { type: 'blockquote', content: [paragraph('gardé')] },
      ],
    };
    expect(applyProfile(body, defaultProfileDrops.external)).toEqual({
      type: 'doc',
      content: [{ type: 'blockquote', content: [paragraph('gardé')] }],
    });
  });
});
