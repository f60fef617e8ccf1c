// The one declarative model of the graph: entity kinds, relationship types and their fields.
// The server validates with it, the client builds forms and styles from it, the README table
// describes it. Adding a relationship type is one entry in RELATIONSHIP_TYPES.
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
  .refine(isRealDate, 'is not a real date');

const realDates = new Map<string, boolean>();

/** Date.parse rolls 1990-02-30 over to March, so the parsed date must read back as what was written. */
function isRealDate(s: string): boolean {
  // An import checks the same few dates (its edition, its sources') on every record: remember the answers.
  let known = realDates.get(s);
  if (known === undefined) {
    const full = s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
    const parsed = new Date(`${full}T00:00:00Z`);
    known = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === full;
    if (realDates.size > 100_000) realDates.clear();
    realDates.set(s, known);
  }
  return known;
}
/** A full calendar day, YYYY-MM-DD (a list file's edition, the day a verdict is asked for). */
export const fullIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date, YYYY-MM-DD')
  .refine(isRealDate, 'is not a real date')
  .meta({ format: 'date' });

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KH');

export const confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof confidence>;

/** Where a fact comes from: a URL or a list reference, who published it, and when. */
export const sourceSchema = z
  .object({
    url: z.url().optional(),
    reference: z.string().min(1).max(500).optional(),
    publisher: z.string().min(1).max(200),
    date: isoDate,
    title: z.string().max(500).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.reference !== undefined, {
    message: 'a source needs a url or a reference',
    path: ['url'],
  })
  // The refinement above, in the document's terms.
  .meta({ anyOf: [{ required: ['url'] }, { required: ['reference'] }] });
export type Source = z.infer<typeof sourceSchema>;

/** Sources per record: enough for any real record, and a bound on what repeated edits can pile up. */
export const MAX_SOURCES = 100;
const sourceList = z
  .array(sourceSchema)
  .min(1, 'at least one source is required')
  .max(
    MAX_SOURCES,
    `a record holds at most ${MAX_SOURCES} sources (the same url or reference, publisher and date counts once)`,
  );

/** Two citations of the same document: the same url (or reference), publisher and date. */
export const sourceKey = (s: Source) => JSON.stringify([s.url ?? s.reference, s.publisher, s.date]);

type FieldSpec = { schema: z.ZodType; label: string };
const field = (schema: z.ZodType, label: string): FieldSpec => ({ schema, label });

/** What the official lists (OFAC's remarks, the UN's aliases and documents) say about any listed party. */
const LISTED_PARTY_FIELDS = {
  weakAliases: field(z.array(z.string().min(1).max(500)).max(200), 'Weak aliases (low quality, per the list)'),
  websites: field(z.array(z.string().max(300)).max(50), 'Websites'),
  emails: field(z.array(z.string().max(300)).max(50), 'Email addresses'),
};

interface EntityKindSpec {
  label: string;
  /** The FollowTheMoney schema this kind maps to; null when FtM keeps it as a property value instead (countries). */
  ftm: string | null;
  description: string;
  fields: Record<string, FieldSpec>;
}

export const ENTITY_KINDS = {
  Person: {
    label: 'Person',
    ftm: 'Person',
    description: 'A natural person.',
    fields: {
      birthDate: field(isoDate, 'Birth date'),
      otherBirthDates: field(z.array(isoDate).max(20), 'Other birth dates the sources give'),
      gender: field(z.enum(['male', 'female', 'other']), 'Gender'),
      title: field(z.string().max(500), 'Title or position'),
      nationality: field(z.array(countryCode).max(20), 'Nationalities'),
      birthPlace: field(z.string().max(200), 'Birth place'),
      identifiers: field(z.array(z.string().max(200)).max(50), 'Identifiers (passport, national id)'),
      ...LISTED_PARTY_FIELDS,
    },
  },
  Company: {
    label: 'Company',
    ftm: 'Company',
    description: 'A registered business.',
    fields: {
      jurisdiction: field(countryCode, 'Jurisdiction'),
      registrationNumber: field(z.string().max(100), 'Registration number'),
      incorporationDate: field(isoDate, 'Incorporation date'),
      identifiers: field(z.array(z.string().max(200)).max(50), 'Identifiers (registration, tax id)'),
      ...LISTED_PARTY_FIELDS,
    },
  },
  Organization: {
    label: 'Organization',
    ftm: 'Organization',
    description: 'A group, network or non-governmental body that is not a registered company.',
    fields: {
      jurisdiction: field(countryCode, 'Jurisdiction'),
      identifiers: field(z.array(z.string().max(200)).max(50), 'Identifiers (registration, tax id)'),
      ...LISTED_PARTY_FIELDS,
    },
  },
  LegalEntity: {
    label: 'Legal entity',
    ftm: 'LegalEntity',
    description: 'An entity whose exact form is unknown (e.g. an imported list record).',
    fields: {
      jurisdiction: field(countryCode, 'Jurisdiction'),
      identifiers: field(z.array(z.string().max(200)).max(50), 'Identifiers (registration, tax id)'),
      ...LISTED_PARTY_FIELDS,
    },
  },
  PublicBody: {
    label: 'Public body',
    ftm: 'PublicBody',
    description: 'A government body, e.g. a sanctioning authority such as US Treasury OFAC or UK FCDO/OFSI.',
    fields: { jurisdiction: field(countryCode, 'Jurisdiction') },
  },
  Country: {
    label: 'Country',
    // FtM has no Country schema: a country is a value of nationality, jurisdiction or country.
    ftm: null,
    description: 'A state, identified by its ISO code.',
    fields: { code: field(countryCode, 'ISO code') },
  },
  Event: {
    label: 'Event',
    ftm: 'Event',
    description: 'Something that happened: an arrest, an extradition, an indictment, a rule.',
    fields: {
      date: field(isoDate, 'Date'),
      endDate: field(isoDate, 'End date'),
      summary: field(z.string().max(2000), 'Summary'),
    },
  },
  Address: {
    label: 'Address',
    ftm: 'Address',
    description: 'A postal address or property.',
    fields: { full: field(z.string().max(500), 'Full address'), country: field(countryCode, 'Country') },
  },
  CryptoWallet: {
    label: 'Crypto wallet',
    ftm: 'CryptoWallet',
    description: 'A cryptocurrency wallet or address.',
    fields: {
      publicKey: field(z.string().max(200), 'Address / public key'),
      currency: field(z.string().max(20), 'Currency'),
    },
  },
  Vessel: {
    label: 'Vessel',
    ftm: 'Vessel',
    description: 'A ship (OFAC lists vessels).',
    fields: {
      imoNumber: field(z.string().max(20), 'IMO number'),
      flag: field(countryCode, 'Flag'),
      callSign: field(z.string().max(50), 'Call sign'),
      vesselType: field(z.string().max(100), 'Vessel type'),
      tonnage: field(z.string().max(50), 'Tonnage'),
      grossRegisteredTonnage: field(z.string().max(50), 'Gross registered tonnage'),
      ownerText: field(z.string().max(500), 'Owner (as the list names it)'),
    },
  },
  Airplane: {
    label: 'Airplane',
    ftm: 'Airplane',
    description: 'An aircraft (OFAC lists aircraft).',
    fields: { registrationNumber: field(z.string().max(50), 'Registration number') },
  },
} as const satisfies Record<string, EntityKindSpec>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];
export const entityKind = z.enum(ENTITY_KIND_NAMES as [EntityKind, ...EntityKind[]]);

/** Groups used by the explorer's edge filters and legend. */
export type EdgeGroup = 'ownership' | 'control' | 'sanction' | 'family' | 'event' | 'other';

interface RelationshipTypeSpec {
  label: string;
  /** The FollowTheMoney interval schema this type maps to, if any. */
  ftm: string | null;
  group: EdgeGroup;
  description: string;
  /** Kinds allowed at each end; empty means any kind. */
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  fields: Record<string, FieldSpec>;
  /** Fields that must be given when the relationship is created. */
  required?: readonly string[];
  /** Whether an entity may be linked to itself; none of today's types allow it (nobody owns or sanctions itself). */
  selfLinks?: boolean;
  /** For a link to a Country: the FtM property of the other end that holds the country's code instead. */
  ftmCountryProperty?: string;
}

const PARTIES: readonly EntityKind[] = [
  'Person',
  'Company',
  'Organization',
  'LegalEntity',
  'PublicBody',
  'Vessel',
  'Airplane',
  'CryptoWallet',
];
const HOLDERS: readonly EntityKind[] = ['Person', 'Company', 'Organization', 'LegalEntity', 'PublicBody'];
const ASSETS: readonly EntityKind[] = [
  'Company',
  'Organization',
  'LegalEntity',
  'Vessel',
  'Airplane',
  'CryptoWallet',
  'Address',
];

export const RELATIONSHIP_TYPES = {
  OWNS: {
    label: 'owns',
    ftm: 'Ownership',
    group: 'ownership',
    description: 'Holds shares in or owns an asset; percentage only where a source gives it.',
    from: HOLDERS,
    to: ASSETS,
    fields: { percentage: field(z.number().min(0).max(100), 'Percentage (0-100)') },
  },
  CONTROLS: {
    label: 'controls',
    ftm: null,
    group: 'control',
    description:
      'Controls without a known shareholding (UK and EU "control" tests); between people, one controls how the other exercises their rights.',
    from: HOLDERS,
    to: [...ASSETS, 'Person'],
    fields: {},
  },
  ACTS_JOINTLY_WITH: {
    label: 'acts jointly with',
    ftm: null,
    group: 'control',
    description:
      'A joint arrangement: the two hold or exercise their shares or rights together (OFSI then adds their holdings up).',
    from: HOLDERS,
    to: HOLDERS,
    fields: {},
  },
  DIRECTOR_OF: {
    label: 'director of',
    ftm: 'Directorship',
    group: 'control',
    description: 'Director, chairman or officer of an organisation.',
    from: HOLDERS,
    to: ['Company', 'Organization', 'LegalEntity', 'PublicBody'],
    fields: { role: field(z.string().max(200), 'Role') },
  },
  FAMILY_OF: {
    label: 'family of',
    ftm: 'Family',
    group: 'family',
    description: 'A family tie between two people.',
    from: ['Person'],
    to: ['Person'],
    fields: { relationship: field(z.string().max(100), 'Relationship') },
  },
  ASSOCIATE_OF: {
    label: 'associate of',
    ftm: 'Associate',
    group: 'family',
    description: 'A known associate.',
    from: ['Person'],
    to: ['Person'],
    fields: { relationship: field(z.string().max(100), 'Relationship') },
  },
  SANCTIONED_BY: {
    label: 'sanctioned by',
    ftm: 'Sanction',
    group: 'sanction',
    description: 'Listed by a sanctioning authority under a program.',
    from: PARTIES,
    to: ['PublicBody'],
    fields: {
      program: field(z.string().min(1).max(200), 'Program'),
      listId: field(z.string().max(100), 'List id'),
      listedOn: field(isoDate, 'Listed on'),
      listEditions: field(
        z.array(fullIsoDate).max(10_000),
        'List editions (dates of the list files that contained it, oldest first)',
      ),
    },
    required: ['program'],
  },
  LINKED_TO: {
    label: 'linked to',
    ftm: 'UnknownLink',
    group: 'other',
    description: 'A designated or reported link whose form is unknown.',
    from: [],
    to: [],
    fields: { role: field(z.string().max(200), 'Nature of the link') },
  },
  NATIONAL_OF: {
    label: 'national of',
    ftm: null,
    group: 'other',
    description: 'Citizenship of a person, as stated by the source.',
    ftmCountryProperty: 'nationality',
    from: ['Person'],
    to: ['Country'],
    fields: { statedBy: field(z.string().max(200), 'Stated by') },
  },
  REGISTERED_IN: {
    label: 'registered in',
    ftm: null,
    group: 'other',
    description: 'Jurisdiction of a company or organisation, or seat of a public body.',
    ftmCountryProperty: 'jurisdiction',
    from: ['Company', 'Organization', 'LegalEntity', 'PublicBody'],
    to: ['Country'],
    fields: {},
  },
  LOCATED_IN: {
    label: 'located in',
    ftm: null,
    group: 'other',
    description: 'Where an address, an asset or an event is.',
    ftmCountryProperty: 'country',
    from: ['Address', 'Event', 'Company', 'Organization'],
    to: ['Country', 'Address'],
    fields: {},
  },
  HAS_ADDRESS: {
    label: 'has address',
    ftm: null,
    group: 'other',
    description: 'An address of a person or organisation.',
    from: PARTIES,
    to: ['Address'],
    fields: {},
  },
  INVOLVED_IN: {
    label: 'involved in',
    ftm: null,
    group: 'event',
    description: 'Takes part in an event, in a role (arrested, extradited, requesting state, issuer, target).',
    from: [],
    to: ['Event'],
    fields: { role: field(z.string().min(1).max(200), 'Role') },
    required: ['role'],
  },
  MEMBER_OF: {
    label: 'member of',
    ftm: 'Membership',
    group: 'other',
    description: 'Member of an organisation.',
    from: PARTIES,
    to: ['Organization', 'Company', 'LegalEntity', 'PublicBody'],
    fields: { role: field(z.string().max(200), 'Role') },
  },
  EMPLOYED_BY: {
    label: 'employed by',
    ftm: 'Employment',
    group: 'other',
    description: 'Works for an organisation.',
    from: ['Person'],
    to: ['Organization', 'Company', 'LegalEntity', 'PublicBody'],
    fields: { role: field(z.string().max(200), 'Role') },
  },
  PAID: {
    label: 'paid',
    ftm: 'Payment',
    group: 'other',
    description: 'A payment from one party to another.',
    from: PARTIES,
    to: PARTIES,
    fields: { amount: field(z.number().nonnegative(), 'Amount'), currency: field(z.string().max(10), 'Currency') },
  },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
export const relationshipType = z.enum(RELATIONSHIP_TYPE_NAMES as [RelationshipType, ...RelationshipType[]]);

/** Properties every node carries, whatever its kind. */
export const entityBaseFields = {
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may hold letters, digits and . _ : - only'),
  name: z.string().trim().min(1).max(500),
  aliases: z.array(z.string().trim().min(1).max(500)).max(200).default([]),
  sources: sourceList,
  confidence: confidence.optional(),
  notes: z.string().max(5000).optional(),
};

/** Properties every relationship carries, whatever its type. */
export const relationshipBaseFields = {
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may hold letters, digits and . _ : - only'),
  sources: sourceList,
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  confidence: confidence.optional(),
  notes: z.string().max(5000).optional(),
};

function optionalFields(fields: Record<string, FieldSpec>) {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema.optional()]));
}

/** The full, strict schema of one entity kind (id, name, aliases, sources plus the kind's fields). */
export function entitySchemaFor(kind: EntityKind) {
  return z
    .object({ ...entityBaseFields, kind: z.literal(kind), ...optionalFields(ENTITY_KINDS[kind].fields) })
    .strict();
}

/** The full, strict schema of one relationship type, with its required fields (by default the model's) enforced. */
export function relationshipSchemaFor(type: RelationshipType, required?: readonly string[]) {
  const spec: RelationshipTypeSpec = RELATIONSHIP_TYPES[type];
  const enforced = required ?? spec.required ?? [];
  const own = Object.fromEntries(
    Object.entries(spec.fields).map(([k, f]) => [k, enforced.includes(k) ? f.schema : f.schema.optional()]),
  );
  return z
    .object({
      ...relationshipBaseFields,
      type: z.literal(type),
      source: z.string().min(1),
      target: z.string().min(1),
      ...own,
    })
    .strict()
    .refine((r) => !r.startDate || !r.endDate || r.startDate <= r.endDate, {
      message: 'startDate must not be after endDate',
      path: ['endDate'],
    });
}

/** Whether a relationship type may join these two kinds. */
export function allowsEndpoints(type: RelationshipType, from: EntityKind, to: EntityKind): boolean {
  const spec: RelationshipTypeSpec = RELATIONSHIP_TYPES[type];
  return (spec.from.length === 0 || spec.from.includes(from)) && (spec.to.length === 0 || spec.to.includes(to));
}

/** A relationship type's spec with its optional facts typed (the `as const` table narrows them away). */
export const relationshipSpec = (type: RelationshipType): Readonly<RelationshipTypeSpec> => RELATIONSHIP_TYPES[type];

/** Why a relationship from an entity to itself is refused, or null when it is not one (or the type allows it). */
export function selfLinkProblem(type: RelationshipType, source: string, target: string): string | null {
  const spec: RelationshipTypeSpec = RELATIONSHIP_TYPES[type];
  if (!source || source !== target || spec.selfLinks) return null;
  return `${type} cannot join an entity to itself: nothing ${spec.label} itself.`;
}

export type EntityRecord = z.infer<ReturnType<typeof entitySchemaFor>> & Record<string, unknown>;
export type RelationshipRecord = z.infer<ReturnType<typeof relationshipSchemaFor>> & Record<string, unknown>;
