import { hocuspocusTarget } from './hocuspocus';
import { minutierTarget } from './minutier';
import { minutierClusterTarget } from './minutierCluster';
import { rawTarget } from './raw';
import type { Target } from './target';
import { yWebsocketServerTarget } from './yWebsocketServer';

/** Every target, in the order of the first round (later rounds alternate it). */
export const allTargets: readonly Target[] = [minutierTarget, minutierClusterTarget, yWebsocketServerTarget, hocuspocusTarget, rawTarget];
