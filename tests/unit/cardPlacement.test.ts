// Where the place card may sit: the free area beside the map's controls, and the least pan that fits a popup in it.
import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, freeArea, nudgeInto } from '../../src/lib/map/cardPlacement';

describe('card placement', () => {
  const area = freeArea(
    430,
    1180,
    { left: 391, top: 0, right: 430, bottom: 80 },
    { left: 250, top: 1130, right: 430, bottom: 1180 },
  );

  it('leaves out the zoom buttons’ column and the band of the scale bar and credits', () => {
    expect(area).toEqual({ left: CARD_MARGIN, top: CARD_MARGIN, right: 391 - CARD_MARGIN, bottom: 1130 - CARD_MARGIN });
  });

  it('moves a popup that runs off an edge by just enough, and leaves one that fits alone', () => {
    expect(nudgeInto({ left: 100, top: 100, right: 300, bottom: 400 }, area)).toEqual({ dx: 0, dy: 0 });
    // A popup running past the right edge, under the zoom buttons, comes back left of them.
    expect(nudgeInto({ left: 231, top: 600, right: 531, bottom: 900 }, area)).toEqual({ dx: 383 - 531, dy: 0 });
    expect(nudgeInto({ left: -40, top: 900, right: 300, bottom: 1160 }, area)).toEqual({ dx: 48, dy: 1122 - 1160 });
  });

  it('puts the top and left edges in view when the popup is larger than the area', () => {
    expect(nudgeInto({ left: 20, top: -300, right: 500, bottom: 1500 }, area)).toEqual({
      dx: CARD_MARGIN - 20,
      dy: CARD_MARGIN + 300,
    });
  });
});
