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

export function decodeCursor(text: string): NeighborCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError(
      'invalid',
      'invalid_cursor',
      'The cursor is not one this API gave out; start again without a cursor.',
      { cursor: text },
    );
  }
}
