import { describeHit } from './hitDetail.ts';

describe('the detail line of a search hit', () => {
  it('puts what tells similar names apart on one line', () => {
    expect(describeHit({ jurisdiction: 'KH', registrationNumber: '1001', listIds: ['54750'] })).toBe(
      'KH · reg. 1001 · list id 54750',
    );
    expect(
      describeHit({ nationality: ['CY', 'KH', 'VU'], birthDate: '1987-12-16', listIds: ['55505', 'GHR0179'] }),
    ).toBe('CY, KH, VU · born 1987-12-16 · list id 55505, GHR0179');
  });

  it('is null when nothing beyond the name and kind is known', () => {
    expect(describeHit({ nationality: [], listIds: [] })).toBeNull();
    expect(describeHit(null)).toBeNull();
  });
});
