import { pgDerivedIndexForTest } from '../testing/pgDerivedIndexForTest';
import { annexLinkIndexContract } from './annexLinkIndexContract';
import { createPgAnnexLinkIndex } from './pgAnnexLinkIndex';

// S1: the annex-link index contract runs against PostgreSQL too, each test on a fresh schema.
annexLinkIndexContract('postgres', () => pgDerivedIndexForTest(createPgAnnexLinkIndex));
