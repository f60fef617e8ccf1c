// Before an entity is created, likely existing records are reported; creating anyway is a deliberate choice.
import { describe, expect, it } from 'vitest';
import { SOURCE, useWriteApi } from './writeSupport.ts';

const { prefix, call } = useWriteApi('duplicates');
const check = (body: Record<string, unknown>) => call('POST', '/api/entities/check', body);
const ids = (response: { body: { candidates: { id: string }[] } }) => response.body.candidates.map((c) => c.id);

describe('POST /api/entities/check', () => {
  it('finds Chen Zhi for "Zhi Chen", a sanctioned Person, saying why', async () => {
    const response = await check({ name: 'Zhi Chen', kind: 'Person' });
    expect(response.status).toBe(200);
    expect(response.body.candidates[0]).toMatchObject({
      id: 'chen-zhi',
      name: 'Chen Zhi',
      kind: 'Person',
      sanctioned: true,
      similarity: 1,
    });
    expect(response.body.candidates[0].reasons).toEqual(expect.arrayContaining(['same name', 'same kind (Person)']));
  });

  it('tolerates a typo and accents ("Chén Zhii")', async () => {
    expect(ids(await check({ name: 'Chén Zhii', kind: 'Person' }))).toContain('chen-zhi');
  });

  it('matches through an alias (JINBEI CASINO is Jin Bei Group)', async () => {
    const response = await check({ name: 'Jinbei Casino', kind: 'Company' });
    expect(ids(response)).toContain('jin-bei-group');
  });

  it('does not report a record of another kind', async () => {
    expect(ids(await check({ name: 'Chen Zhi', kind: 'Company' }))).not.toContain('chen-zhi');
  });

  it('does not report a person with a different birth date, nor a company of another jurisdiction', async () => {
    const person = `${prefix}born`;
    const firm = `${prefix}firm`;
    await call('POST', '/api/entities', {
      id: person,
      kind: 'Person',
      name: 'Odette Quillfeather',
      birthDate: '1970-03-02',
      sources: [SOURCE],
    });
    await call('POST', '/api/entities', {
      id: firm,
      kind: 'Company',
      name: 'Quillfeather Maritime Limited',
      jurisdiction: 'PA',
      sources: [SOURCE],
    });
    expect(ids(await check({ name: 'Odette Quillfeather', kind: 'Person', birthDate: '1970' }))).toContain(person);
    expect(ids(await check({ name: 'Odette Quillfeather', kind: 'Person', birthDate: '1981-05-05' }))).not.toContain(
      person,
    );
    expect(ids(await check({ name: 'Quillfeather Maritime Ltd', kind: 'Company', jurisdiction: 'PA' }))).toContain(
      firm,
    );
    expect(ids(await check({ name: 'Quillfeather Maritime Ltd', kind: 'Company', jurisdiction: 'GB' }))).not.toContain(
      firm,
    );
  });

  it('reports nothing for an unrelated name, and survives Lucene syntax in the name', async () => {
    expect(ids(await check({ name: 'Zyxwv Unrelated Trading', kind: 'Company' }))).toEqual([]);
    const response = await check({ name: 'Chen AND (Zhi~ OR "*" [a TO z]', kind: 'Person' });
    expect(response.status).toBe(200);
  });

  it('refuses a check without a name', async () => {
    const response = await check({ kind: 'Person' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('name');
  });
});

describe('creating a likely duplicate', () => {
  it('is refused with 409 likely_duplicate listing the candidates', async () => {
    const response = await call('POST', '/api/entities', {
      id: `${prefix}chen`,
      kind: 'Person',
      name: 'CHEN Zhi',
      sources: [SOURCE],
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('likely_duplicate');
    expect(response.body.error.message).toMatch(/Chen Zhi \(Person, chen-zhi\)/);
    expect(response.body.error.details.candidates[0]).toMatchObject({ id: 'chen-zhi', sanctioned: true });
  });

  it('succeeds when the body says allowDuplicate: true', async () => {
    const response = await call('POST', '/api/entities', {
      id: `${prefix}chen`,
      kind: 'Person',
      name: 'CHEN Zhi',
      allowDuplicate: true,
      sources: [SOURCE],
    });
    expect(response.status).toBe(201);
    expect(response.body.entity).not.toHaveProperty('allowDuplicate');
  });
});
