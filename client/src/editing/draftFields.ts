// Form fields built from the shared schema, and the conversion of what was typed into a record to validate and send.
import { fieldProblems } from '@model/fieldProblems.ts';
import {
  confidence,
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type RelationshipType,
  type Source,
} from '@model/schema.ts';
import type { z } from 'zod';

export type InputKind = 'text' | 'number' | 'list' | 'choice';

export interface FormField {
  name: string;
  label: string;
  input: InputKind;
  required: boolean;
  choices?: readonly string[];
}

/** What the user typed, per field, as text. */
export type Draft = Record<string, string>;

function inputOf(schema: z.ZodType): InputKind {
  const type = (schema as unknown as { def: { type: string } }).def.type;
  return type === 'array' ? 'list' : type === 'number' ? 'number' : 'text';
}

const specFields = (
  fields: Record<string, { schema: z.ZodType; label: string }>,
  required: readonly string[] = [],
): FormField[] =>
  Object.entries(fields).map(([name, f]) => ({
    name,
    label: f.label,
    input: inputOf(f.schema),
    required: required.includes(name),
  }));

const commonTail: FormField[] = [
  { name: 'confidence', label: 'Confidence', input: 'choice', required: false, choices: confidence.options },
  { name: 'notes', label: 'Notes', input: 'text', required: false },
];

export function entityFormFields(kind: EntityKind): FormField[] {
  return [
    { name: 'name', label: 'Name', input: 'text', required: true },
    { name: 'aliases', label: 'Aliases (comma-separated)', input: 'list', required: false },
    ...specFields(ENTITY_KINDS[kind].fields),
    ...commonTail,
  ];
}

export function relationshipFormFields(type: RelationshipType): FormField[] {
  const spec: { fields: Record<string, { schema: z.ZodType; label: string }>; required?: readonly string[] } =
    RELATIONSHIP_TYPES[type];
  return [
    ...specFields(spec.fields, spec.required),
    { name: 'startDate', label: 'Start date', input: 'text', required: false },
    { name: 'endDate', label: 'End date', input: 'text', required: false },
    ...commonTail,
  ];
}

function valueOf(field: FormField, text: string): unknown {
  if (field.input === 'list')
    return text
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (field.input === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  return text.trim();
}

/** The typed values as a record: empty fields are left out (unknown stays unknown), lists split, numbers parsed. */
export function draftToRecord(fields: FormField[], draft: Draft): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const text = draft[field.name] ?? '';
    const value = valueOf(field, text);
    if (text.trim() !== '' && !(Array.isArray(value) && value.length === 0)) record[field.name] = value;
  }
  return record;
}

/** A stored record's fields as text, to prefill an edit form. */
export function recordToDraft(fields: FormField[], record: Record<string, unknown>): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    const value = record[field.name];
    if (value !== undefined && value !== null)
      draft[field.name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return draft;
}

export const SOURCE_FIELDS = ['url', 'reference', 'publisher', 'date', 'title'] as const;

/** The typed source; incomplete until the schema says otherwise, which the forms check before sending it. */
export function draftToSource(draft: Draft): Source {
  return Object.fromEntries(
    SOURCE_FIELDS.map((key) => [key, (draft[key] ?? '').trim()]).filter(([, value]) => value !== ''),
  ) as Source;
}

/** Stands in for the id the server generates, so that validation speaks only of what the user fills in. */
export const PENDING_ID = 'new';

/** Problems per field path ("percentage", "sources.0.url"), as the server would name them. */
export function problemsByField(schema: z.ZodType, record: unknown): Record<string, string> {
  const result = schema.safeParse(record);
  if (result.success) return {};
  const problems: Record<string, string> = {};
  for (const p of fieldProblems(result.error.issues)) problems[p.path] ??= p.message;
  return problems;
}
