import { pgDerivedIndexForTest } from '../testing/pgDerivedIndexForTest';
import { createPgSearchIndex } from './pgSearchIndex';
import { searchIndexContract } from './searchIndexContract';

// S1: the search contract runs against PostgreSQL too, each test on a fresh schema.
searchIndexContract('postgres', () => pgDerivedIndexForTest(createPgSearchIndex));
