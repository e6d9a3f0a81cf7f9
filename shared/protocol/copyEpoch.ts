/** Query parameter by which a browser declares the epoch of its offline copy on the relay URL (R29). */
export const EPOCH_PARAM = 'epoch';

/** The declared epoch if it is a positive integer written plainly (`3`, never `03`, `3.0` or `-1`), else undefined. */
export function parseEpoch(raw: string): number | undefined {
  if (!/^[1-9][0-9]{0,14}$/.test(raw)) return undefined;
  return Number(raw);
}
