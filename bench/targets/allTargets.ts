import { hocuspocusTarget } from './hocuspocus';
import { minutierTarget } from './minutier';
import { rawTarget } from './raw';
import type { Target } from './target';
import { yWebsocketServerTarget } from './yWebsocketServer';

/** Every target, in the order of the first round (later rounds alternate it). */
export const allTargets: readonly Target[] = [minutierTarget, yWebsocketServerTarget, hocuspocusTarget, rawTarget];
