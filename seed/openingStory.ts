// The story the explorer's first screen opens on (the seed's Chen Zhi / Prince Group): the client opens it, and the
// server's start-up warm-up reads it, so both name it here once.
export const OPENING_STORY_IDS = ['chen-zhi', 'prince-holding-group'] as const;
/** Neighbours on each of the story's first pages (the explorer's default page size). */
export const OPENING_PAGE_SIZE = 25;
