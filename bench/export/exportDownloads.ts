/** Where and how to download one export: the server's URL and the API token's header. */
export interface ExportDownload {
  url: string;
  headers: Record<string, string>;
}

/** Downloads of an export repeated during a fan-out run, as counted when they stopped. */
export interface DownloadTally {
  durations: number[];
  /** Answered 503: the server's line was full. */
  refused: number;
  /** Failed on the way (a reset keep-alive socket); the lane went on. */
  failed: number;
}

/** One download: its duration, or undefined when the server's line was full. */
export async function downloadExport({ url, headers }: ExportDownload): Promise<number | undefined> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (response.status === 503) return undefined;
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  return performance.now() - started;
}
