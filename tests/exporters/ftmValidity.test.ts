// The FtM export is valid FollowTheMoney as FtM's own library defines it, and keeps every source.
import { readFileSync } from 'node:fs';
import { ensureFtmLibrary, validateFtmLines } from '../support/ftmValidator.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';

const api = useApiTestServer();
const seed = JSON.parse(readFileSync('seed/prince-group.json', 'utf8')) as {
  sources: Record<string, { url?: string }>;
  entities: { id: string; kind: string; sources: string[] }[];
};
const SEED_IDS = seed.entities.map((e) => e.id);

beforeAll(() => ensureFtmLibrary(), 900_000);

const exportFtm = async (ids: string[]) => {
  const response = await fetch(`${api.baseUrl}/api/export?format=ftm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids }),
  });
  expect(response.status).toBe(200);
  return response.text();
};

describe('the FollowTheMoney export, checked by the followthemoney library', () => {
  it('writes the whole seed graph as valid FtM: known schemata and properties, valid values, no dangling reference', async () => {
    const text = await exportFtm(SEED_IDS);
    const check = validateFtmLines(text);
    expect(check.problems).toEqual([]);
    expect(check.entities).toBe(text.trim().split('\n').length);
  });

  it('writes countries as property values, not as Country entities', async () => {
    const lines = (await exportFtm(['chen-zhi', 'china', 'cambodia', 'prince-holding-group']))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.schema)).not.toContain('Country');
    const chen = lines.find((l) => l.id === 'chen-zhi');
    expect(chen.properties.nationality).toEqual(expect.arrayContaining(['cn', 'kh']));
    expect(lines.flatMap((l) => Object.keys(l.properties))).not.toContain('statedBy');
  });

  it('keeps every source URL of an entity, with its publisher', async () => {
    const withSeveral = seed.entities.find((e) => e.kind !== 'Country' && e.sources.length > 1)!;
    const [line] = (await exportFtm([withSeveral.id]))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const urls = withSeveral.sources.map((key) => seed.sources[key].url).filter(Boolean);
    expect(line.properties.sourceUrl).toEqual(urls);
    expect(line.properties.publisher).toHaveLength(withSeveral.sources.length);
  });
});
