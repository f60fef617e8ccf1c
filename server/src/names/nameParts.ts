// Words of a name that say little about who it is: titles and honorifics (left out), particles and legal forms
// (kept, with little weight). Lists as they occur in OFAC, UN and UK entries (folded, as nameWords gives them).

const words = (list: string) => new Set(list.split(' '));

const HONORIFICS = words(
  'haji hajji hadji alhaj alhaji hajj mullah mulla molla mullo dr doctor prof professor shaykh sheikh shaikh sheik shaik cheikh maulawi mawlawi maulavi moulavi mawlavi maulvi qari qazi hafiz mufti imam sayed sayyed sayyid syed mr mrs ms miss sir gen col colonel capt maj lt ustadh ustad ustaz',
);

const PARTICLES = words(
  'al el ul bin ben ibn bint binti ould uld abu abou abo ab van von der den de da di du del della dos das do la le y e ag ap mac o st te ter ten zu',
);

const LEGAL_FORMS = words(
  'limited ltd co company inc incorporated llc plc corp corporation sa sas srl sarl gmbh ag pte pty bv nv jsc ojsc cjsc pjsc ooo oao zao llp lp cv spa ab as oy kg the of and',
);

export const isHonorific = (word: string) => HONORIFICS.has(word);
export const isParticle = (word: string) => PARTICLES.has(word);
export const isLegalForm = (word: string) => LEGAL_FORMS.has(word);

/** The words without titles and honorifics ("Haji Mullah Abdul Ghani" -> abdul ghani); all of them if nothing is left. */
export function withoutHonorifics(words: string[]): string[] {
  const kept = words.filter((w) => !HONORIFICS.has(w));
  return kept.length ? kept : words;
}

/** The words without legal forms ("Acme Trading Co. Ltd." -> acme trading); all of them if nothing is left. */
export function withoutLegalForms(words: string[]): string[] {
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  return kept.length ? kept : words;
}
