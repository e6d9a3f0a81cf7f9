import { sleep, withTimeout } from '../timing';

const intervalMs = 500;
const timeoutMs = 5_000;

export interface HealthSummary {
  checks: number;
  failures: number;
  maxLatencyMs: number;
}

/** Asks `/healthz` twice a second while the fuzzer runs: the server must keep answering everyone. */
export class HealthWatch {
  private checks = 0;
  private failures = 0;
  private maxLatencyMs = 0;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly baseUrl: string) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Ends the loop after the check in flight, at most `timeoutMs` later. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  summary(): HealthSummary {
    return { checks: this.checks, failures: this.failures, maxLatencyMs: this.maxLatencyMs };
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const started = performance.now();
      try {
        const response = await withTimeout(fetch(`${this.baseUrl}/healthz`), timeoutMs, '/healthz');
        await response.arrayBuffer();
        if (!response.ok) this.failures++;
      } catch {
        this.failures++;
      }
      this.checks++;
      this.maxLatencyMs = Math.max(this.maxLatencyMs, performance.now() - started);
      await sleep(intervalMs);
    }
  }
}
