import { pgDerivedIndexForTest } from '../testing/pgDerivedIndexForTest';
import { actionItemIndexContract } from './actionItemIndexContract';
import { createPgActionItemIndex } from './pgActionItemIndex';

// S1: the « À suivre » index contract runs against PostgreSQL too, each test on a fresh schema.
actionItemIndexContract('postgres', () => pgDerivedIndexForTest(createPgActionItemIndex));
