import { describe, expect, it } from 'vitest';
import { minutesMetaSchema } from '../../model/meta';
import { importMarkdown } from '../importMinutes';

describe('an import holds to the header rules of a new compte-rendu (SPEC A2)', () => {
  const imported = importMarkdown('---\ntitre: "CR\tdu bureau"\nlieu: "Lyon\u0007"\ndate: 3 mars 1926\n---\n\nTexte.\n');

  it('A2: cleans control characters out of the header instead of failing the whole import', () => {
    expect(imported.meta).toMatchObject({ title: 'CR du bureau', place: 'Lyon' });
    expect(minutesMetaSchema.safeParse(imported.meta).success).toBe(true);
  });

  it('A2: leaves out an implausible date and says so in the report, in French', () => {
    expect(imported.meta.meetingDate).toBeUndefined();
    const reasons = imported.report.unsure.map((passage) => passage.reason);
    expect(reasons).toContainEqual(expect.stringMatching(/^Champ « Date de la réunion » non repris \(année 1926 improbable/));
  });
});
