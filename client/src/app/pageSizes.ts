/** Neighbours per expansion page; the default is enough to read a hub's shape, few enough to stay legible. */
export const PAGE_SIZES = [25, 100, 500] as const;
export const DEFAULT_PAGE_SIZE = 25;
