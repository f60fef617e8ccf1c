import { decodeViewState, encodeViewState, MAX_URL_NODES, type ViewState } from './urlState.ts';

describe('the view in the URL', () => {
  it('reopens the same nodes, filters, selection and layout from a copied link', () => {
    const view: ViewState = {
      nodeIds: ['chen-zhi', 'prince-holding-group', 'us-treasury-ofac'],
      hiddenGroups: ['other', 'event'],
      selectedId: 'chen-zhi',
      layout: 'concentric',
    };
    const query = encodeViewState(view);
    expect(query).toBe(
      'nodes=chen-zhi,prince-holding-group,us-treasury-ofac&hide=event,other&sel=chen-zhi&layout=concentric',
    );
    expect(decodeViewState(`?${query}`)).toEqual({ ...view, hiddenGroups: ['event', 'other'] });
  });

  it('leaves defaults out of the link', () => {
    expect(encodeViewState({ nodeIds: [], hiddenGroups: [], selectedId: null, layout: 'fcose' })).toBe('');
    expect(decodeViewState('')).toEqual({ nodeIds: [], hiddenGroups: [], selectedId: null, layout: 'fcose' });
  });

  it('opens a damaged link anyway, dropping what is malformed', () => {
    const view = decodeViewState('?nodes=chen-zhi,,<script>,chen-zhi,china&hide=sanction,bogus&sel=%22x&layout=spiral');
    expect(view).toEqual({
      nodeIds: ['chen-zhi', 'china'],
      hiddenGroups: ['sanction'],
      selectedId: null,
      layout: 'fcose',
    });
  });

  it('carries the saved investigation and the timeline date', () => {
    const view: ViewState = {
      nodeIds: ['chen-zhi'],
      hiddenGroups: [],
      selectedId: null,
      layout: 'fcose',
      investigationId: 'inv-3f9c2a1b-0000-4000-8000-000000000001',
      asOf: '2025-10-01',
    };
    const query = encodeViewState(view);
    expect(query).toBe('nodes=chen-zhi&inv=inv-3f9c2a1b-0000-4000-8000-000000000001&asOf=2025-10-01');
    expect(decodeViewState(`?${query}`)).toEqual(view);
    expect(decodeViewState('?inv=nope&asOf=soon')).toEqual(decodeViewState(''));
  });

  it("carries the show-only filters under the search API's names, dropping values the API would refuse", () => {
    const view: ViewState = {
      nodeIds: ['chen-zhi'],
      hiddenGroups: [],
      showOnly: { kinds: 'Company', jurisdiction: 'KH', minPercentage: '50' },
      selectedId: null,
      layout: 'fcose',
    };
    const query = encodeViewState(view);
    expect(query).toBe('nodes=chen-zhi&kinds=Company&jurisdiction=KH&minPercentage=50');
    expect(decodeViewState(`?${query}`)).toEqual(view);
    expect(decodeViewState('?nodes=chen-zhi&jurisdiction=Cambodia&kinds=Person').showOnly).toEqual({ kinds: 'Person' });
  });

  it('caps the number of nodes a link carries', () => {
    const ids = Array.from({ length: MAX_URL_NODES + 50 }, (_, i) => `n${i}`);
    const view = decodeViewState(
      `?${encodeViewState({ nodeIds: ids, hiddenGroups: [], selectedId: null, layout: 'fcose' })}`,
    );
    expect(view.nodeIds).toHaveLength(MAX_URL_NODES);
  });
});
