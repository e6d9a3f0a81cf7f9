/** Exports one server takes at a time, being rendered or waiting; the next are answered 503. */
export const EXPORT_QUEUE_LIMIT = 8;

/** How long a refused export should wait before trying again (`Retry-After`). */
export const EXPORT_RETRY_AFTER_SECONDS = 5;

/**
 * The exports a server has taken and not finished, in the order they came: bounded, so
 * that a burst of exports waits in a short line instead of piling up work and memory,
 * and ordered, so that someone waiting can be told how many come before theirs.
 */
export class ExportQueue {
  private readonly places: Array<{ key: string | undefined }> = [];

  constructor(readonly limit = EXPORT_QUEUE_LIMIT) {}

  /**
   * A place in the line, as the function that leaves it; undefined when the line is full.
   * `key` names the export for `ahead`.
   */
  enter(key?: string): (() => void) | undefined {
    if (this.places.length >= this.limit) return undefined;
    const place = { key };
    this.places.push(place);
    return () => {
      const index = this.places.indexOf(place);
      if (index >= 0) this.places.splice(index, 1);
    };
  }

  /** How many exports taken before the one named `key` are not finished; undefined if none is named so. */
  ahead(key: string): number | undefined {
    const index = this.places.findIndex((place) => place.key === key);
    return index < 0 ? undefined : index;
  }
}
