// Percentages as whole hundred-thousandths of a percent (1% = 100,000 units), so that sums and comparisons are
// exact: 17.9 + 17.9 + 14.2 is 50 in every order, and 0.1 + 0.2 + 49.7 is exactly 50, never 49.99999999999999.
// Sources give percentages with at most a few decimals; a sixth decimal would be rounded.

/** A percentage in hundred-thousandths of a percent: always a safe integer. */
export type Units = number;

const PER_PERCENT = 100_000;
export const ALL: Units = 100 * PER_PERCENT;

export const toUnits = (percentage: number): Units => Math.round(percentage * PER_PERCENT);
/** Back to a percentage: the nearest number to the exact decimal, which prints as that decimal. */
export const toPercentage = (units: Units): number => units / PER_PERCENT;
export const formatPercent = (units: Units): string => `${toPercentage(units)}%`;
export const sumUnits = (values: Units[]): Units => values.reduce((sum, value) => sum + value, 0);
