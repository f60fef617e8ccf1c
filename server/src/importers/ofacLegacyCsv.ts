// OFAC's legacy CSV set, as OFAC publishes it: sdn.csv (ent_num, name, type, program, title, call sign, vessel
// type, tonnage, GRT, vessel flag, vessel owner, remarks; "-0-" is empty), add.csv (addresses), alt.csv (aliases)
// and sdn_comments.csv (remarks that overflow sdn.csv, continued without a separator). One entity per entry, its
// addresses as Address entities, one SANCTIONED_BY edge per program, and each "Linked To:" as a LINKED_TO edge to
// the entry of that exact name in the same file (resolved once the whole file is read).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ENTITY_KINDS,
  type EntityKind,
  type EntityRecord,
  type RelationshipRecord,
  type Source,
} from '../model/schema.ts';
import { countryCodeOf } from './countries.ts';
import { CsvRecordReader, type CsvRecord } from './csvRecords.ts';
import type { NamedLink, ParsedLine } from './importTypes.ts';
import { listedEntity, listedRelationship } from './listRecords.ts';
import { OFAC_AUTHORITY_ID } from './ofacCsv.ts';
import { parseOfacRemarks } from './ofacRemarks.ts';
import { editionsOf, idPart } from './text.ts';

interface LegacyAddress {
  number: string;
  full: string;
  country: string | null;
}

/** What add.csv, alt.csv and sdn_comments.csv hold, by ent_num. */
export interface OfacLegacySideFiles {
  addresses: Map<string, LegacyAddress[]>;
  aliases: Map<string, string[]>;
  comments: Map<string, string>;
}

const value = (field: string | undefined) => {
  const v = (field ?? '').trim();
  return v === '-0-' ? '' : v;
};

function csvRecords(text: string): CsvRecord[] {
  const reader = new CsvRecordReader();
  const records: CsvRecord[] = [];
  text
    .replaceAll('\u001a', '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const record = reader.push(line, i + 1);
      if (record && record.fields.some((f) => f.trim() !== '')) records.push(record);
    });
  return records;
}

function grouped<T>(records: CsvRecord[], toItem: (fields: string[]) => T): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const { fields } of records) map.set(value(fields[0]), [...(map.get(value(fields[0])) ?? []), toItem(fields)]);
  return map;
}

/** Reads the three side files beside sdn.csv; a missing one counts as empty. */
export function readOfacLegacySideFiles(folder: string): OfacLegacySideFiles {
  const read = (name: string) => {
    try {
      return csvRecords(readFileSync(path.join(folder, name), 'latin1'));
    } catch {
      return [];
    }
  };
  const addresses = grouped(read('add.csv'), (f) => {
    const country = value(f[4]);
    return {
      number: value(f[1]),
      full: [value(f[2]), value(f[3]), country].filter(Boolean).join(', '),
      country: country ? countryCodeOf(country) : null,
    };
  });
  const aliases = grouped(read('alt.csv'), (f) => value(f[3]));
  const comments = new Map([...grouped(read('sdn_comments.csv'), (f) => f[1] ?? '')].map(([k, v]) => [k, v.join('')]));
  return { addresses, aliases, comments };
}

const KIND_OF_TYPE: Record<string, EntityKind> = {
  individual: 'Person',
  '': 'LegalEntity',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

export interface OfacLegacyContext {
  idPrefix: string;
  fileName: string;
  sourceFor: (reference: string) => Source;
  side: OfacLegacySideFiles;
  warn: (issue: { line: number; reason: string }) => void;
}

/**
 * Remarks the kind has no field for (the model says which), in words, so that they reach the entity's notes instead
 * of being lost. Countries go to `nationality` (all), or `jurisdiction` (the first: an organisation's "Nationality of
 * Registration"), or else here.
 */
function unstoredRemarks(kind: EntityKind, remarks: ReturnType<typeof parseOfacRemarks>): string[] {
  const fields: Record<string, unknown> = ENTITY_KINDS[kind].fields;
  const said = (label: string, values: string[]) => (values.length ? [`${label} ${values.join(', ')}`] : []);
  const unless = (field: string, label: string, values: string[]) => (field in fields ? [] : said(label, values));
  const countriesKept = 'nationality' in fields ? Infinity : 'jurisdiction' in fields ? 1 : 0;
  return [
    ...unless('identifiers', 'Identifiers:', remarks.identifiers),
    ...unless('websites', 'Website', remarks.websites),
    ...unless('emails', 'Email', remarks.emails),
    ...said('Nationality of registration', remarks.nationalities.slice(countriesKept)),
  ];
}

/** The fields of the entry itself, by kind: remarks for people and organisations, vessel columns for ships. */
function kindFields(kind: EntityKind, f: string[], remarks: ReturnType<typeof parseOfacRemarks>) {
  const party = { websites: remarks.websites, emails: remarks.emails, identifiers: remarks.identifiers };
  if (kind === 'Person') {
    const [birthDate, ...otherBirthDates] = remarks.birthDates;
    return {
      ...party,
      birthDate,
      otherBirthDates,
      birthPlace: remarks.birthPlaces[0],
      nationality: remarks.nationalities,
      gender: remarks.gender,
      title: value(f[4]),
    };
  }
  if (kind === 'Vessel') {
    const flag = value(f[9]);
    return {
      imoNumber: remarks.imoNumber,
      callSign: value(f[5]),
      vesselType: value(f[6]),
      tonnage: value(f[7]),
      grossRegisteredTonnage: value(f[8]),
      flag: flag ? (countryCodeOf(flag) ?? undefined) : undefined,
      ownerText: value(f[10]),
    };
  }
  if (kind === 'Airplane') return {};
  return { ...party, jurisdiction: remarks.nationalities[0] };
}

function addressRecords(id: string, entNum: string, ctx: OfacLegacyContext, sources: Source[]) {
  const entities: EntityRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  for (const address of ctx.side.addresses.get(entNum) ?? []) {
    if (!address.full) continue;
    const addressId = `${id}-address-${address.number}`;
    const entity = listedEntity(
      'Address',
      { id: addressId, name: address.full, full: address.full, country: address.country ?? undefined, sources },
      () => {},
    );
    if (typeof entity === 'string') continue;
    entities.push(entity);
    const rel = listedRelationship('HAS_ADDRESS', { id: `${addressId}-of`, source: id, target: addressId, sources });
    if (typeof rel !== 'string') relationships.push(rel);
  }
  return { entities, relationships };
}

export function parseOfacLegacyRecord(record: CsvRecord, ctx: OfacLegacyContext): ParsedLine {
  const f = record.fields;
  const entNum = value(f[0]);
  if (f.length !== 12)
    return { line: record.line, error: `expected 12 columns (OFAC legacy sdn.csv), found ${f.length}` };
  if (!/^\d+$/.test(entNum)) return { line: record.line, error: `ent_num "${entNum}" is not a number` };
  const kind = KIND_OF_TYPE[value(f[2]).toLowerCase()];
  if (!kind) return { line: record.line, error: `type "${value(f[2])}" is not individual, vessel, aircraft or -0-` };
  const programs = [
    ...new Set(
      value(f[3])
        .split(/\]\s*\[/)
        .map((p) => p.trim()),
    ),
  ].filter(Boolean);
  if (!programs.length) return { line: record.line, error: 'no program' };
  const remarks = parseOfacRemarks(value(f[11]) + (ctx.side.comments.get(entNum) ?? ''));
  const warn = (reason: string) => ctx.warn({ line: record.line, reason });
  for (const country of remarks.unknownCountries)
    warn(`ent_num ${entNum}: country "${country}" is not known (left out)`);
  const sources = [ctx.sourceFor(`OFAC SDN list (${ctx.fileName}), ent_num ${entNum}`)];
  const id = `${ctx.idPrefix}${entNum}`;
  const name = value(f[1]);
  const aliases = [...new Set(ctx.side.aliases.get(entNum) ?? [])].filter((a) => a && a !== name);
  const entity = listedEntity(
    kind,
    {
      id,
      name,
      aliases,
      sources,
      notes: [...remarks.other, ...unstoredRemarks(kind, remarks)].join('; ').slice(0, 2000),
      ...kindFields(kind, f, remarks),
    },
    warn,
  );
  if (typeof entity === 'string') return { line: record.line, error: entity };
  const addresses =
    kind === 'Airplane' ? { entities: [], relationships: [] } : addressRecords(id, entNum, ctx, sources);
  const listings: RelationshipRecord[] = [];
  for (const program of programs) {
    const rel = listedRelationship('SANCTIONED_BY', {
      id: `${id}-sanction-${idPart(program)}`,
      source: id,
      target: OFAC_AUTHORITY_ID,
      program,
      listId: entNum,
      sources,
      ...editionsOf(sources[0]),
    });
    if (typeof rel === 'string') return { line: record.line, error: rel };
    listings.push(rel);
  }
  const namedLinks: NamedLink[] = remarks.linkedTo.map((target) => ({ sourceId: id, targetName: target, sources }));
  return {
    line: record.line,
    entities: [entity, ...addresses.entities],
    relationships: [...listings, ...addresses.relationships],
    namedLinks,
  };
}
