// Idempotency keys make a client's retry of a write safe (http/idempotency.ts reads them from the request). A key,
// chosen by the client and scoped to its caller, is an :IdempotencyKey node (not an :Entity, like audit entries,
// so never in search or expansion) holding a fingerprint of the request and the answer given. It is written in the
// transaction of the write it names, so a committed write always has its key and a rolled-back one never does.
// The key is claimed first in that transaction, by MERGE on a unique constraint: a second request with the same
// key, in this process or another, waits until the first commits and then finds its answer.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';
import { DomainError } from '../model/domainErrors.ts';

/** How long a key is remembered; a key older than this is a new key. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export const IDEMPOTENCY_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE (k.caller, k.key) IS UNIQUE',
  'CREATE INDEX idempotency_key_expiry IF NOT EXISTS FOR (k:IdempotencyKey) ON (k.expiresAt)',
];

export interface KeyClaim {
  caller: string;
  key: string;
  /** Of the whole request (method, path, caller, body): the same key with another request is refused. */
  fingerprint: string;
}

// MERGE waits on the constraint while another transaction holds the same key uncommitted; setting a property
// locks a key that already existed, so that the read after it sees what a concurrent writer committed.
const CLAIM_KEY = `
  MERGE (k:IdempotencyKey {caller: $caller, key: $key})
  ON CREATE SET k.expiresAt = 0
  SET k._lock = true
  REMOVE k._lock`;

// Expiry is checked here, on read: an expired key is taken over as a new one (pruneExpiredKeys only frees space).
const READ_OR_TAKE_KEY = `
  MATCH (k:IdempotencyKey {caller: $caller, key: $key})
  WITH k, k.expiresAt <= $now AS fresh
  SET k += CASE WHEN fresh THEN $taken ELSE {} END
  RETURN fresh, k.fingerprint AS fingerprint, k.answer AS answer`;

const STORE_ANSWER = 'MATCH (k:IdempotencyKey {caller: $caller, key: $key}) SET k.answer = $answer';

/** Thrown inside the claiming transaction (rolling it back) when the key already has an answer. */
class AlreadyAnswered extends Error {
  constructor(readonly answer: string) {
    super('This idempotency key was already answered.');
  }
}

const keyReused = (key: string) =>
  new DomainError(
    'not_allowed',
    'idempotency_key_reused',
    `The Idempotency-Key "${key}" was already used for a different request; use a new key for a new request.`,
    { key },
  );

/** Claims the key in tx, or throws its stored answer, or refuses a key sent with another request. */
async function claimKey(tx: ManagedTransaction, claim: KeyClaim): Promise<void> {
  const now = Date.now();
  await tx.run(CLAIM_KEY, claim);
  const taken = {
    fingerprint: claim.fingerprint,
    createdAt: now,
    expiresAt: now + IDEMPOTENCY_KEY_TTL_MS,
    answer: null,
  };
  const record = (await tx.run(READ_OR_TAKE_KEY, { ...claim, now, taken })).records[0];
  if (record.get('fresh')) return;
  if (record.get('fingerprint') !== claim.fingerprint) throw keyReused(claim.key);
  throw new AlreadyAnswered(record.get('answer') as string);
}

export interface WrittenOnce<A> {
  answer: A;
  /** The answer is the stored one of an earlier request with this key: nothing was written now. */
  replayed: boolean;
}

/**
 * Runs write at most once per key: write gets a GraphDb whose one write transaction also claims the key and stores
 * answerOf(what the transaction returned), so write must return exactly what its transaction returns (every
 * investigator write does). A retry gets the stored answer back.
 */
export async function writeOnce<T, A>(
  db: GraphDb,
  claim: KeyClaim,
  write: (db: GraphDb) => Promise<T>,
  answerOf: (result: T) => A,
): Promise<WrittenOnce<A>> {
  let transactions = 0;
  let written: { result: unknown; answer: A } | undefined;
  const keyed: GraphDb = {
    ...db,
    writeTx: (work, options) => {
      if (transactions++) throw new Error('An idempotent write must run in one write transaction.');
      return db.writeTx(async (tx) => {
        await claimKey(tx, claim);
        const result = await work(tx);
        const answer = answerOf(result as unknown as T);
        await tx.run(STORE_ANSWER, { ...claim, answer: JSON.stringify(answer) });
        written = { result, answer };
        return result;
      }, options);
    },
  };
  try {
    const result = await write(keyed);
    if (!written || written.result !== result)
      throw new Error('An idempotent write must return what its transaction returns.');
    return { answer: written.answer, replayed: false };
  } catch (error) {
    if (error instanceof AlreadyAnswered) return { answer: JSON.parse(error.answer) as A, replayed: true };
    throw error;
  }
}

// Locked and checked again before deleting, so that a key taken over meanwhile (READ_OR_TAKE_KEY) is kept.
const PRUNE_EXPIRED_KEYS = `
  MATCH (k:IdempotencyKey) WHERE k.expiresAt <= $now
  WITH k LIMIT 10000
  SET k._lock = true
  REMOVE k._lock
  WITH k WHERE k.expiresAt <= $now
  DELETE k
  RETURN count(k) AS pruned`;

/** Deletes expired keys (up to 10,000 a call); the serving process calls it hourly. Returns how many. */
export async function pruneExpiredKeys(db: GraphDb, now = Date.now()): Promise<number> {
  const result = await db.writeTx((tx) => tx.run(PRUNE_EXPIRED_KEYS, { now }));
  return Number(result.records[0].get('pruned'));
}
