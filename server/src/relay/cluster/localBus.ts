import { randomUUID } from 'node:crypto';
import type { ClusterBus } from './clusterBus';

/** One instance alone with its store: nobody to tell, every claim its own. */
export class LocalBus implements ClusterBus {
  readonly instanceId = randomUUID();
  readonly clustered = false;

  listen(): () => void {
    return () => undefined;
  }

  publishStored(): void {}

  publishPresence(): void {}

  queryPresence(): void {}

  publishControl(): void {}

  onControl(): void {}

  onInstanceGone(): void {}

  onResumed(): void {}

  async claim(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}
