// A synthetic graph shaped like the real one: people, companies with ownership chains, addresses, countries,
// sanctioning authorities, and a few hub companies with 10,000+ holdings. Deterministic for a given size.
import type { RelationshipType } from '../src/model/schema.ts';

export interface EntityRow {
  kind: 'Person' | 'Company' | 'Address' | 'Country' | 'PublicBody';
  id: string;
  name: string;
  aliases: string[];
}

export interface RelationshipRow {
  type: RelationshipType;
  id: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/** mulberry32: a small seeded generator, so every run of a size builds the same graph. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  'Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Smith Jones Brown Ivanov Petrov Novak Silva Santos Kim Park Nguyen Tran Pham Sok Chea Ly Heng Tan Lim Ong Goh Teo Khan Ahmed Hassan Ali Garcia Lopez Müller Schmidt Dubois Rossi Kowalski Horvat Popescu Yilmaz Suzuki Sato'.split(
    ' ',
  );
const SYLLABLES =
  'an bo chen da fei gang hai hong hua jian jie jin jun kai lei li lin ling long mei ming na ning peng qiang qing rong rui shan sheng tao ting wei wen xia xiang xin xiu yan yi ying yong yu yun zhi zhong'.split(
    ' ',
  );
const WORDS =
  'Golden Fortune Prince Royal Dragon Phoenix Pacific Asia Global Oriental Imperial Silver Jade Lotus Summit Harbour Crown Star Ocean Mekong Angkor Lucky Grand Victory Unity Eastern Western Horizon Pearl Diamond Emerald Sapphire Tiger Eagle Falcon Bamboo Orchid Heritage Legacy Pioneer Apex Zenith Meridian Atlas Titan Vanguard Everest'.split(
    ' ',
  );
const TRADES =
  'Holdings Investment Trading Development Real Estate Resorts Capital Logistics Technology Finance Securities Construction Hospitality Mining Shipping Energy Media Management'.split(
    ' ',
  );
const SUFFIXES = ['Co. Ltd.', 'Limited', 'Group', 'PLC', 'Pte. Ltd.', 'Holdings Limited', 'LLC', 'Inc.'];
export const COUNTRY_CODES =
  'KH CN HK TW SG MY TH VN LA MM ID PH KR JP US GB CY VU VG KY PA AE RU TR DE FR IT ES NL CH LU MT IE BE AT PL CZ RO BG GR IL IN PK BD LK AU NZ CA MX BR AR'.split(
    ' ',
  );
export const AUTHORITIES = ['us-ofac', 'uk-ofsi', 'eu-council', 'un-sc'];

/** Node counts per kind for a total size; companies and people make up nearly all of it, as in real lists. */
export function graphPlan(totalNodes: number) {
  const fixed = COUNTRY_CODES.length + AUTHORITIES.length;
  const rest = Math.max(totalNodes - fixed, 1000);
  const companies = Math.round(rest * 0.5);
  const people = Math.round(rest * 0.42);
  const addresses = rest - companies - people;
  /** Hub companies: each owns HUB_HOLDINGS other companies (a holding vehicle of a huge conglomerate). */
  return { companies, people, addresses, hubs: 3, hubHoldings: Math.min(12_000, Math.floor(companies / 4)) };
}
export type GraphPlan = ReturnType<typeof graphPlan>;

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const given = (random: () => number) => {
  const g = pick(random, SYLLABLES) + (random() < 0.7 ? pick(random, SYLLABLES) : '');
  return g[0].toUpperCase() + g.slice(1);
};

export const personId = (i: number) => `p${i}`;
export const companyId = (i: number) => `c${i}`;
export const addressId = (i: number) => `a${i}`;
export const countryId = (code: string) => `country-${code.toLowerCase()}`;

/** Entities in batches of `size`. */
export function* entityBatches(plan: GraphPlan, size: number): Generator<EntityRow[]> {
  const random = seededRandom(1);
  let batch: EntityRow[] = [];
  const rows: (() => Generator<EntityRow>)[] = [
    function* () {
      for (const code of COUNTRY_CODES)
        yield { kind: 'Country', id: countryId(code), name: `Country ${code}`, aliases: [code] };
      for (const id of AUTHORITIES)
        yield { kind: 'PublicBody', id, name: `Sanctions authority ${id.toUpperCase()}`, aliases: [] };
    },
    function* () {
      for (let i = 0; i < plan.companies; i++) {
        const name = `${pick(random, WORDS)} ${pick(random, WORDS)} ${pick(random, TRADES)} ${pick(random, SUFFIXES)}`;
        yield { kind: 'Company', id: companyId(i), name, aliases: random() < 0.3 ? [name.toUpperCase()] : [] };
      }
    },
    function* () {
      for (let i = 0; i < plan.people; i++) {
        const [surname, first] = [pick(random, SURNAMES), given(random)];
        const aliases = random() < 0.4 ? [`${surname.toUpperCase()}, ${first}`, `${first} ${surname}`] : [];
        yield { kind: 'Person', id: personId(i), name: `${surname} ${first}`, aliases };
      }
    },
    function* () {
      for (let i = 0; i < plan.addresses; i++) {
        yield {
          kind: 'Address',
          id: addressId(i),
          name: `${1 + Math.floor(random() * 300)} ${pick(random, WORDS)} Street, ${pick(random, COUNTRY_CODES)}`,
          aliases: [],
        };
      }
    },
  ];
  for (const rowsOf of rows) {
    for (const row of rowsOf()) {
      batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Relationships in batches of `size`, about three per node. */
export function* relationshipBatches(plan: GraphPlan, size: number): Generator<RelationshipRow[]> {
  const random = seededRandom(2);
  let n = 0;
  let batch: RelationshipRow[] = [];
  const rel = (type: RelationshipType, source: string, target: string, props: Record<string, unknown> = {}) => {
    batch.push({ type, id: `r${n++}`, source, target, props });
    return batch.length >= size;
  };
  const anyCompany = () => Math.floor(random() * plan.companies);
  const otherCompany = (i: number) => (i + 1 + Math.floor(random() * (plan.companies - 1))) % plan.companies;
  const anyPerson = () => Math.floor(random() * plan.people);
  for (let i = 0; i < plan.companies; i++) {
    const full = [
      rel('REGISTERED_IN', companyId(i), countryId(pick(random, COUNTRY_CODES))),
      rel('DIRECTOR_OF', personId(anyPerson()), companyId(i), { role: 'director' }),
      // Ownership chains: an owner close before it in order, so chains run many levels deep.
      i > 0 &&
        rel('OWNS', companyId(Math.max(0, i - 1 - Math.floor(random() * 50))), companyId(i), {
          percentage: 10 + Math.floor(random() * 90),
        }),
      random() < 0.6 &&
        rel(
          'OWNS',
          personId(anyPerson()),
          companyId(i),
          random() < 0.8 ? { percentage: Math.floor(random() * 60) } : {},
        ),
      random() < 0.4 &&
        rel('OWNS', companyId(otherCompany(i)), companyId(i), { percentage: Math.floor(random() * 50) }),
      random() < 0.02 &&
        rel('SANCTIONED_BY', companyId(i), pick(random, AUTHORITIES), { program: 'SYNTH', listedOn: '2025-10-14' }),
    ];
    if (full.some(Boolean)) {
      yield batch;
      batch = [];
    }
  }
  for (let i = 0; i < plan.people; i++) {
    const full = [
      rel('NATIONAL_OF', personId(i), countryId(pick(random, COUNTRY_CODES))),
      random() < 0.25 && rel('FAMILY_OF', personId(i), personId(anyPerson()), { relationship: 'relative' }),
      random() < 0.2 && rel('ASSOCIATE_OF', personId(i), personId(anyPerson())),
      random() < 0.03 &&
        rel('SANCTIONED_BY', personId(i), pick(random, AUTHORITIES), { program: 'SYNTH', listedOn: '2025-10-14' }),
    ];
    if (full.some(Boolean)) {
      yield batch;
      batch = [];
    }
  }
  for (let i = 0; i < plan.addresses; i++) {
    const full = [
      rel('LOCATED_IN', addressId(i), countryId(pick(random, COUNTRY_CODES))),
      rel('HAS_ADDRESS', companyId(anyCompany()), addressId(i)),
      rel('HAS_ADDRESS', personId(anyPerson()), addressId(i)),
      random() < 0.5 && rel('HAS_ADDRESS', companyId(anyCompany()), addressId(i)),
    ];
    if (full.some(Boolean)) {
      yield batch;
      batch = [];
    }
  }
  for (let hub = 0; hub < plan.hubs; hub++) {
    for (let k = 0; k < plan.hubHoldings; k++) {
      if (rel('OWNS', companyId(hub), companyId(otherCompany(hub)), { percentage: 100 })) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
