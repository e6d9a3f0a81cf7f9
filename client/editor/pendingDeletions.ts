/**
 * Deletions made here that the server has not confirmed yet. Deleting text does not advance
 * a client's clock in Yjs, so the clock comparison of the sync tracker cannot see them;
 * instead we remember the deleted ranges and strike them off as the server's delete sets
 * (carried by every echoed update and by its sync step 2) come back covering them.
 */

/** The shape of a Yjs `DeleteSet`: per client, deleted clock ranges `[clock, clock + len)`. */
export interface DeleteSetLike {
  clients: Map<number, ReadonlyArray<{ clock: number; len: number }>>;
}

interface Range {
  start: number;
  end: number;
}

/** `ranges` minus every range of `removals`, as a list of what is left. */
export function subtractRanges(ranges: readonly Range[], removals: readonly Range[]): Range[] {
  let remaining = ranges.filter((range) => range.end > range.start);
  for (const removal of removals) {
    if (removal.end <= removal.start) continue;
    remaining = remaining.flatMap((range) => {
      if (removal.end <= range.start || removal.start >= range.end) return [range];
      const left = removal.start > range.start ? [{ start: range.start, end: removal.start }] : [];
      const right = removal.end < range.end ? [{ start: removal.end, end: range.end }] : [];
      return [...left, ...right];
    });
  }
  return remaining;
}

function toRanges(items: ReadonlyArray<{ clock: number; len: number }>): Range[] {
  return items.map((item) => ({ start: item.clock, end: item.clock + item.len }));
}

export class PendingDeletions {
  private readonly byClient = new Map<number, Range[]>();

  get isEmpty(): boolean {
    return this.byClient.size === 0;
  }

  /** Records the deletions of a local transaction. */
  add(deleteSet: DeleteSetLike): void {
    for (const [client, items] of deleteSet.clients) {
      const ranges = toRanges(items).filter((range) => range.end > range.start);
      if (ranges.length === 0) continue;
      this.byClient.set(client, [...(this.byClient.get(client) ?? []), ...ranges]);
    }
  }

  /** Strikes off what a delete set received from the server covers. */
  acknowledge(deleteSet: DeleteSetLike): void {
    for (const [client, items] of deleteSet.clients) {
      const pending = this.byClient.get(client);
      if (!pending) continue;
      const remaining = subtractRanges(pending, toRanges(items));
      if (remaining.length === 0) this.byClient.delete(client);
      else this.byClient.set(client, remaining);
    }
  }
}
