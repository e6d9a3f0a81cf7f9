import { describe, expect, it } from 'vitest';
import type { AnnexFile } from './annexesApi';
import { AnnexFilesStore } from './annexFilesStore';

const file = (id: string): AnnexFile => ({ id, name: `${id}.pdf`, size: 1000, sha256: '0'.repeat(64) });

/** A list that answers what `served` holds when asked, counting the requests. */
function serverList(served: AnnexFile[]) {
  const calls: string[] = [];
  return { calls, list: async (documentId: string) => (calls.push(documentId), [...served]) };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AnnexFilesStore (M12: an annex shows its file’s name and size)', () => {
  it('M12: lists once for every view, asks again for a file attached by someone else, and gives up on one the server does not hold', async () => {
    const served = [file('a')];
    const server = serverList(served);
    const store = new AnnexFilesStore('doc', server.list);
    store.want('a');
    store.want('a');
    await settled();
    expect(server.calls).toHaveLength(1);
    expect(store.current().files?.get('a')?.name).toBe('a.pdf');

    served.push(file('b'));
    store.want('b');
    await settled();
    expect(server.calls).toHaveLength(2);
    expect(store.current().files?.get('b')?.name).toBe('b.pdf');

    store.want('gone');
    await settled();
    store.want('gone');
    await settled();
    expect(server.calls).toHaveLength(3);
    expect(store.current().missing.has('gone')).toBe(true);
  });

  it('M12: a file just uploaded shows without asking the list', () => {
    const server = serverList([]);
    const store = new AnnexFilesStore('doc', server.list);
    store.add(file('new'));
    store.want('new');
    expect(server.calls).toHaveLength(0);
    expect(store.current().files?.get('new')?.size).toBe(1000);
  });
});
