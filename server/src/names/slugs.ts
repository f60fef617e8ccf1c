// Slugs for ids: "company-acme-trading", "authority-korea-ministry-of-foreign-affairs".
import { foldName } from './normalise.ts';

/** Lower-case ASCII words joined by dashes, other scripts transliterated; '' when nothing is left. */
export function slugify(text: string, maxLength = 60): string {
  return foldName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
