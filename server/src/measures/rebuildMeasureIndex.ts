import { derivedIndexRebuild } from '../storage/rebuildDerivedIndex';
import { indexStoredTextOf } from '../storage/textDerivedIndex';
import { measureTextIndex } from './indexCitations';
import { MEASURE_INDEX_VERSION, type MeasureIndex } from './measureIndex';

/** Brings the measure index up to date at start-up (SPEC X3). */
export const rebuildMeasureIndex = derivedIndexRebuild<'measures', MeasureIndex>('measures', 'measures', MEASURE_INDEX_VERSION, indexStoredTextOf(measureTextIndex));
