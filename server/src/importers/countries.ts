// Country names as the lists write them ("Korea, North", "Iran (Islamic Republic of)") to ISO 3166-1 alpha-2
// codes, as the model stores them. English names come from the runtime's own ICU data; the forms the OFAC and UN
// lists use that ICU does not know are added below. An unknown name gives null: it stays unknown, not guessed.
import { nameKey } from '../names/index.ts';

const LIST_SPELLINGS: Record<string, string> = {
  'korea, north': 'KP',
  "democratic people's republic of korea": 'KP',
  'korea, south': 'KR',
  'republic of korea': 'KR',
  burma: 'MM',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'congo, republic of the': 'CG',
  'united republic of tanzania': 'TZ',
  'iran (islamic republic of)': 'IR',
  'russian federation': 'RU',
  'syrian arab republic': 'SY',
  'state of palestine': 'PS',
  palestinian: 'PS',
  'west bank': 'PS',
  'gaza strip': 'PS',
  'united states of america': 'US',
  'united kingdom of great britain and northern ireland': 'GB',
  'the gambia': 'GM',
  'cabo verde': 'CV',
  'macedonia, the former yugoslav republic of': 'MK',
  'north macedonia': 'MK',
  türkiye: 'TR',
  turkey: 'TR',
  congo: 'CG',
  'czech republic': 'CZ',
  swaziland: 'SZ',
  'ivory coast': 'CI',
  'viet nam': 'VN',
  "lao people's democratic republic": 'LA',
  'bolivia (plurinational state of)': 'BO',
  'venezuela (bolivarian republic of)': 'VE',
  'republic of moldova': 'MD',
  "cote d'ivoire": 'CI',
  'hong kong': 'HK',
  macau: 'MO',
  'bosnia and herzegovina': 'BA',
  'trinidad and tobago': 'TT',
  'antigua and barbuda': 'AG',
  'saint kitts and nevis': 'KN',
  'sao tome and principe': 'ST',
};

/** Codes ICU names that are not current ISO 3166-1 countries (withdrawn or reserved). */
const NOT_COUNTRIES = new Set('AC AN BU CP CS DD DG EA EU EZ FX IC NT QO SU TA TP UN VD XA XB YD YU ZR ZZ'.split(' '));

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name && name !== code && !NOT_COUNTRIES.has(code)) table.set(nameKey(name), code);
    }
  for (const [name, code] of Object.entries(LIST_SPELLINGS)) table.set(nameKey(name), code);
  return table;
}

let table: Map<string, string> | null = null;

/** The ISO code of a country name, or null when the name is not a country we know. */
export function countryCodeOf(name: string): string | null {
  table ??= buildTable();
  return table.get(nameKey(name.replace(/^possibly\s+/i, ''))) ?? null;
}
