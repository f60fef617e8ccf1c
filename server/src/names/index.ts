// Names: normalisation, tokenisation, transliteration, similarity and slugs, one function per purpose.
export { compactName, foldName, nameKey, nameWords } from './normalise.ts';
export { isVowellessScript, needsTransliteration, toLatin } from './transliterate.ts';
export { allowedEdits, boundedEditDistance } from './editDistance.ts';
export { isHonorific, isLegalForm, isParticle, withoutHonorifics, withoutLegalForms } from './nameParts.ts';
export { consonantSkeleton, spellingKey } from './spellingVariants.ts';
export { sameNameSimilarity, searchMatch } from './similarity.ts';
export { prepareName, screeningNameScore, wordSimilarity, type PreparedName } from './screeningScore.ts';
export { EQUAL_WEIGHTS, WordRarity, type WordWeights } from './wordRarity.ts';
export { compactSearchText, SEARCH_FORM_PROPERTIES, SEARCH_FORMS_VERSION, searchForms } from './searchForms.ts';
export { slugify } from './slugs.ts';
export { remembered } from './remembered.ts';
