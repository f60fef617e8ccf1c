// The Idempotency-Key request header (as Stripe and the IETF draft "The Idempotency-Key HTTP Header Field" have
// it): a write sent again with the same key and the same request is answered what it was answered the first time,
// with Idempotent-Replayed: true, and writes nothing. How keys are stored and expire: writes/idempotencyKeys.ts.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { parseOrInvalid } from '../model/domainErrors.ts';
import { writeOnce } from '../writes/idempotencyKeys.ts';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

// Visible ASCII but for the quote and the backslash, bare or as a structured-field string ("..."), which also
// allows spaces; two keys (a repeated header, joined with ", ") are therefore malformed.
const KEY_CHARS = `\\x21\\x23-\\x5B\\x5D-\\x7E`;
const KEY_PATTERN = new RegExp(
  `^(?:[${KEY_CHARS}]{1,${MAX_IDEMPOTENCY_KEY_LENGTH}}|"[ ${KEY_CHARS}]{1,${MAX_IDEMPOTENCY_KEY_LENGTH}}")$`,
);

/** The header as operations declare it (http/operations.ts `idempotent`); the document derives its parameter from it. */
export const idempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .regex(KEY_PATTERN, `must be 1-${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (e.g. a UUID), once`)
    .optional()
    .meta({
      description:
        'A key you choose per write (a UUID), to retry it safely: the same key with the same request answers the first ' +
        'answer again, with Idempotent-Replayed: true, and writes nothing; with a different request it is a 422 ' +
        '(idempotency_key_reused). Keys are per user and remembered for 24 hours. "abc" and abc are the same key.',
    }),
});

/** What a write answers: kept with its key, to be sent again to a retry. */
export interface WriteAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

function idempotencyKeyOf(req: Request): string | undefined {
  const header = parseOrInvalid(idempotencyHeaders, { 'Idempotency-Key': req.get('Idempotency-Key') });
  return header['Idempotency-Key']?.replace(/^"(.*)"$/, '$1');
}

/** Objects with their keys sorted, so that the same JSON written in another order is the same request. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;

function fingerprintOf(req: Request): string {
  const request = [
    req.method,
    req.originalUrl,
    req.user!.name,
    req.get('If-Match') ?? null,
    canonical(req.body ?? null),
  ];
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** Runs a write and sends its answer; with an Idempotency-Key, at most once per key (and a retry gets the same answer). */
export async function answerWrite<T>(
  req: Request,
  res: Response,
  db: GraphDb,
  write: (db: GraphDb) => Promise<T>,
  answerOf: (result: T) => WriteAnswer,
): Promise<void> {
  const key = idempotencyKeyOf(req);
  const { answer, replayed } = key
    ? await writeOnce(db, { caller: req.user!.name, key, fingerprint: fingerprintOf(req) }, write, answerOf)
    : { answer: answerOf(await write(db)), replayed: false };
  res.status(answer.status).set(answer.headers ?? {});
  if (replayed) res.set('Idempotent-Replayed', 'true');
  res.json(answer.body);
}
