import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './apiError';

const MEGABYTE = 1024 * 1024;

/** Any JSON body but a new compte-rendu: a comment, a setting, a version name… */
export const JSON_BODY_MAX_BYTES = 1 * MEGABYTE;

/**
 * `POST /api/minutes` carries a whole compte-rendu, possibly a year of them in one (imports
 * of a yearly volume, or a collective that keeps one document a year). Measured
 * (`inputValidation.test.ts`): twelve monthly meetings, each four times as long as the demo
 * of 22 November 2013, weigh 0.71 MB as compact JSON and 1.10 MB indented by two spaces. 4 Mo
 * leaves room for three such years, or one with heavy formatting, while one request still
 * cannot hold the event loop long or weigh on memory.
 */
export const MINUTES_BODY_MAX_BYTES = 4 * MEGABYTE;

const megabytes = (bytes: number): string => `${bytes / MEGABYTE} Mo`;

const limitOf = (maxBytes: number, what: string): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => apiError(c, 413, 'body_too_large', `${what} trop volumineux : au plus ${megabytes(maxBytes)} sont acceptés.`),
  });

const minutesLimit = limitOf(MINUTES_BODY_MAX_BYTES, 'Compte-rendu');
const defaultLimit = limitOf(JSON_BODY_MAX_BYTES, 'Corps de requête');

/** The body limit of a JSON API request, said in the French message of its 413 (A2). */
export const jsonBodyLimit: MiddlewareHandler = (c, next) =>
  c.req.method === 'POST' && c.req.path === '/api/minutes' ? minutesLimit(c, next) : defaultLimit(c, next);
