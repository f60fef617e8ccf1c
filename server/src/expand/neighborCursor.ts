// The opaque cursor of a neighbour page: the (type, relationship id) of the last edge returned.
import { z } from 'zod';
import { DomainError } from '../model/domainErrors.ts';

export interface NeighborCursor {
  type: string;
  key: string;
}

const cursorSchema = z.object({ type: z.string().min(1), key: z.string().min(1) }).strict();

export const encodeCursor = (cursor: NeighborCursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

const forgedCursor = (text: string) =>
  new DomainError(
    'invalid',
    'invalid_cursor',
    'The cursor is not one this API gave out; start again without a cursor.',
    {
      cursor: text,
    },
  );

export function decodeCursor(text: string): NeighborCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw forgedCursor(text);
  }
}

/** What every cursor the API gives out looks like: base64url, unpadded. */
const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * The cursor query parameter, carrying its shape for the document. Anything else is the same invalid_cursor 400
 * as a well-shaped forgery (thrown, not a zod issue, so that it stays invalid_cursor rather than invalid_input).
 */
export const pageCursor = (maxLength: number) =>
  z
    .string()
    .min(1)
    .max(maxLength)
    .meta({ pattern: CURSOR_PATTERN.source })
    .transform((text) => {
      if (!CURSOR_PATTERN.test(text)) throw forgedCursor(text);
      return text;
    });
