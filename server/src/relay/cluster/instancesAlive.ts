/** The other instances heard from lately; one silent for `silenceMs` is gone (C3). */
export class InstancesAlive {
  private readonly lastHeard = new Map<string, number>();
  private readonly listeners: Array<(instanceId: string) => void> = [];

  constructor(
    private readonly silenceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  onGone(listener: (instanceId: string) => void): void {
    this.listeners.push(listener);
  }

  seen(instanceId: string): void {
    this.lastHeard.set(instanceId, this.now());
  }

  /** The instance said goodbye, or fell silent: heard of before or not, what it left goes. */
  gone(instanceId: string): void {
    this.lastHeard.delete(instanceId);
    for (const listener of this.listeners) listener(instanceId);
  }

  /** Declares gone every instance silent for too long. */
  sweep(): void {
    const limit = this.now() - this.silenceMs;
    for (const [instanceId, at] of [...this.lastHeard]) if (at < limit) this.gone(instanceId);
  }
}
