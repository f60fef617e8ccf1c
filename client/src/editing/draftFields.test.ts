import { entitySchemaFor, relationshipSchemaFor } from '@model/schema.ts';
import { describe, expect, it } from 'vitest';
import {
  draftToRecord,
  entityFormFields,
  PENDING_ID,
  problemsByField,
  recordToDraft,
  relationshipFormFields,
} from './draftFields.ts';

describe('forms built from the shared schema', () => {
  it('gives a person the fields of a person, and a company those of a company', () => {
    expect(entityFormFields('Person').map((f) => f.name)).toEqual([
      'name',
      'aliases',
      'birthDate',
      'otherBirthDates',
      'gender',
      'title',
      'nationality',
      'birthPlace',
      'identifiers',
      'weakAliases',
      'websites',
      'emails',
      'confidence',
      'notes',
    ]);
    expect(entityFormFields('Company').map((f) => f.name)).toEqual(
      expect.arrayContaining(['jurisdiction', 'registrationNumber', 'incorporationDate']),
    );
  });

  it("marks a sanction's program as required and an ownership's percentage as a number", () => {
    expect(relationshipFormFields('SANCTIONED_BY').find((f) => f.name === 'program')).toMatchObject({
      required: true,
      input: 'text',
    });
    expect(relationshipFormFields('OWNS').find((f) => f.name === 'percentage')).toMatchObject({
      required: false,
      input: 'number',
    });
  });

  it('turns typed text into a record: lists split, numbers parsed, empty fields left out', () => {
    const fields = entityFormFields('Person');
    expect(
      draftToRecord(fields, { name: ' Chen Zhi ', aliases: 'Vincent, Zhi Chen', nationality: 'KH', birthPlace: '' }),
    ).toEqual({
      name: 'Chen Zhi',
      aliases: ['Vincent', 'Zhi Chen'],
      nationality: ['KH'],
    });
    expect(draftToRecord(relationshipFormFields('OWNS'), { percentage: '60' })).toEqual({ percentage: 60 });
    expect(recordToDraft(fields, { name: 'Chen Zhi', nationality: ['CY', 'KH'] })).toEqual({
      name: 'Chen Zhi',
      nationality: 'CY, KH',
    });
  });

  it('names each problem by field, as the server does', () => {
    const record = {
      id: PENDING_ID,
      type: 'OWNS',
      source: 'a',
      target: 'b',
      percentage: 160,
      sources: [{ publisher: 'X', date: '2026-01-01' }],
    };
    expect(problemsByField(relationshipSchemaFor('OWNS'), record)).toEqual({
      percentage: 'Too big: expected number to be <=100',
      'sources.0.url': 'a source needs a url or a reference',
    });
    expect(problemsByField(entitySchemaFor('Company'), { id: PENDING_ID, kind: 'Company', sources: [] })).toEqual({
      name: 'is required',
      sources: 'at least one source is required',
    });
  });
});
