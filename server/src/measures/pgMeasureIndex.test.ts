import { pgDerivedIndexForTest } from '../testing/pgDerivedIndexForTest';
import { measureIndexContract } from './measureIndexContract';
import { createPgMeasureIndex } from './pgMeasureIndex';

// S1: the measure index contract runs against PostgreSQL too, each test on a fresh schema.
measureIndexContract('postgres', () => pgDerivedIndexForTest(createPgMeasureIndex));
