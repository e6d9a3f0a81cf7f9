import { randomBytes } from 'node:crypto';
import { DOCUMENT_ID_PATTERN } from '../../../shared/api/minutes';

/** 128 random bits, URL-safe: ids cannot be guessed or enumerated. */
export const newDocumentId = (): string => randomBytes(16).toString('base64url');

export const isDocumentId = (value: string): boolean => DOCUMENT_ID_PATTERN.test(value);
