// Readable, collision-safe ids for what investigators create: "company-acme-trading-3f9c2a1b".
import { randomUUID } from 'node:crypto';
import { slugify } from '../names/index.ts';

const MAX_ID_LENGTH = 200;

const shortId = () => randomUUID().slice(0, 8);

export function newEntityId(kind: string, name: string): string {
  return [slugify(kind), slugify(name), shortId()].filter(Boolean).join('-');
}

/** Follows the seed's "<source>--<type>--<target>" pattern, with a short suffix so parallel edges differ. */
export function newRelationshipId(type: string, source: string, target: string): string {
  const id = `${source}--${slugify(type)}--${target}--${shortId()}`;
  return id.length <= MAX_ID_LENGTH ? id : `${slugify(type)}--${randomUUID()}`;
}
