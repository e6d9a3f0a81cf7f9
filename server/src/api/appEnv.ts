import type { Principal } from '../auth/principal';

/** Hono context variables set by the auth middleware for every API route. */
export type AppEnv = { Variables: { principal: Principal | undefined } };
