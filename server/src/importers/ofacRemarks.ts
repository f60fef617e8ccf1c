// The remarks of OFAC's legacy SDN CSV, in OFAC's semicolon-separated style: "DOB 13 May 1965; alt. DOB 1964;
// POB Medellin, Colombia; nationality Colombia; Passport AL720622 (Colombia); Gender Male; Linked To: X."
import { countryCodeOf } from './countries.ts';

export interface OfacRemarks {
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  /** Country names the remarks give that are not a country we know (reported, not guessed). */
  unknownCountries: string[];
  gender?: 'male' | 'female';
  identifiers: string[];
  websites: string[];
  emails: string[];
  imoNumber?: string;
  linkedTo: string[];
  /** Whatever else the remarks say, kept as a note. */
  other: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "13 May 1965" -> 1965-05-13, "May 1965" -> 1965-05, "circa 1960" / "1965 to 1967" -> the first year. */
export function ofacDate(text: string): string | null {
  const full = /(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})/.exec(text);
  const month = (name: string) => String(MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1).padStart(2, '0');
  if (full && MONTHS.includes(full[2].toLowerCase())) return `${full[3]}-${month(full[2])}-${full[1].padStart(2, '0')}`;
  const monthYear = /\b([A-Za-z]{3})[a-z]* (\d{4})/.exec(text);
  if (monthYear && MONTHS.includes(monthYear[1].toLowerCase())) return `${monthYear[2]}-${month(monthYear[1])}`;
  return /\b(\d{4})\b/.exec(text)?.[1] ?? null;
}

const IDENTIFIER =
  /\b(passport|id|no|number|#|cedula|r\.f\.c|c\.u\.r\.p|nit|ruc|cuit|d\.n\.i|licen[cs]e|registration|ssn|identification|fiscal|tax|card|certificate)\b|#/i;

function addCountry(into: OfacRemarks, name: string): void {
  const code = countryCodeOf(name);
  if (code && !into.nationalities.includes(code)) into.nationalities.push(code);
  else if (!code) into.unknownCountries.push(name);
}

/** One remark item into its field; true when it was recognised. */
function readItem(item: string, into: OfacRemarks): boolean {
  const text = item.replace(/^alt\.\s+/i, '');
  let m: RegExpExecArray | null;
  if ((m = /^DOB (.+)$/i.exec(text))) {
    const date = ofacDate(m[1]);
    if (date) into.birthDates.push(date);
    return date !== null;
  }
  if ((m = /^POB (.+)$/i.exec(text))) return into.birthPlaces.push(m[1].trim()) > 0;
  if ((m = /^(?:nationality|citizen)(?: of registration)? (.+)$/i.exec(text)))
    return (addCountry(into, m[1].trim()), true);
  if ((m = /^Gender (Male|Female)$/i.exec(text)))
    return ((into.gender = m[1].toLowerCase() as 'male' | 'female'), true);
  if ((m = /^Linked To: (.+)$/i.exec(text))) return into.linkedTo.push(m[1].trim()) > 0;
  if ((m = /^Website (.+)$/i.exec(text))) return into.websites.push(m[1].trim()) > 0;
  if ((m = /^Email Address (.+)$/i.exec(text))) return into.emails.push(m[1].trim()) > 0;
  if ((m = /^Vessel Registration Identification IMO (\d{7})/i.exec(text))) return ((into.imoNumber = m[1]), true);
  if (/^a\.k\.a\.|^f\.k\.a\.|^n\.k\.a\./i.test(text)) return true; // the aliases come from alt.csv
  if (IDENTIFIER.test(text) && /\d/.test(text)) return into.identifiers.push(text.trim()) > 0;
  return false;
}

export function parseOfacRemarks(remarks: string): OfacRemarks {
  const parsed: OfacRemarks = {
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    unknownCountries: [],
    identifiers: [],
    websites: [],
    emails: [],
    linkedTo: [],
    other: [],
  };
  const items = remarks
    .replace(/\.\s*$/, '')
    .split(/;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) if (!readItem(item, parsed)) parsed.other.push(item);
  return parsed;
}
