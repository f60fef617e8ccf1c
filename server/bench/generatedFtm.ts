// A generated FollowTheMoney file for bench:import: parties first, then the interval records that link them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A deterministic generator, so that runs compare. */
function prng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** 60% parties (people, companies, organisations), 40% interval records (ownerships, directorships, sanctions). */
export async function generateFtm(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  const random = prng(42);
  const parties = Math.round(count * 0.6);
  const pick = () => `e${Math.floor(random() * parties)}`;
  for (let i = 0; i < count; i++) {
    let line: object;
    if (i < parties) {
      const schema = i % 3 === 0 ? 'Person' : i % 3 === 1 ? 'Company' : 'Organization';
      line = {
        id: `e${i}`,
        schema,
        properties: {
          name: [`${schema} ${i} ${Math.floor(random() * 1e6).toString(36)}`],
          ...(i % 5 === 0 ? { alias: [`Alias ${i}`] } : {}),
        },
      };
    } else if (i % 10 < 6) {
      line = {
        id: `r${i}`,
        schema: 'Ownership',
        properties: {
          owner: [pick()],
          asset: [`e${3 * Math.floor(random() * (parties / 3)) + 1}`],
          percentage: [String(Math.ceil(random() * 100))],
        },
      };
    } else if (i % 10 < 9) {
      line = {
        id: `r${i}`,
        schema: 'Directorship',
        properties: {
          director: [`e${3 * Math.floor(random() * (parties / 3))}`],
          organization: [`e${3 * Math.floor(random() * (parties / 3)) + 1}`],
          role: ['Director'],
        },
      };
    } else {
      line = {
        id: `r${i}`,
        schema: 'Sanction',
        properties: {
          entity: [pick()],
          authority: ['Office of Foreign Assets Control'],
          country: ['us'],
          program: ['SDGT'],
          listingDate: ['2024-01-01'],
        },
      };
    }
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
