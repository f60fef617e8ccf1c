import { describe, expect, it } from 'vitest';
import { isoDate } from '../../server/src/model/schema.ts';

describe('dates in the model', () => {
  it('accepts a full date, a month or a year', () => {
    for (const date of ['2025-10-14', '2026-01', '2015', '2024-02-29'])
      expect(isoDate.safeParse(date).success).toBe(true);
  });

  it('refuses dates that do not exist, such as 30 February or month 13', () => {
    for (const date of ['1990-02-30', '2025-02-29', '2025-13', '2025-04-31']) {
      expect(isoDate.safeParse(date).error?.issues[0].message).toBe('is not a real date');
    }
  });
});
