// The claim form keeps the editor's Ukrainian translations of a claim it edits, but only while their English is unchanged.
import { describe, expect, it } from 'vitest';
import { claimToDraft, draftToClaim } from '../../src/lib/author/draft.ts';
import type { Claim } from '../../src/lib/model/types.ts';

const claim: Claim = {
  id: 'x',
  source: 's',
  quote: 'Kyiv was attacked',
  places: ['UA-30', 'kyiv'],
  kind: 'strike',
  claimant: 'the article',
  claimant_uk: 'стаття',
  status: 'asserted',
  event_date: { value: null, precision: 'unknown', basis: 'stated', note: 'No date.', note_uk: 'Без дати.' },
  summary: 'Kyiv was attacked',
  summary_uk: 'Київ атакували',
  disputes: [],
  note: 'A note.',
  note_uk: 'Примітка.',
};

describe('claim form and translations', () => {
  it('saves an unchanged claim with its translations', () => {
    expect(draftToClaim(claimToDraft(claim))).toEqual(claim);
  });

  it('drops the translation of a field whose English was edited, and keeps the others', () => {
    const draft = { ...claimToDraft(claim), summary: 'Kyiv was struck', note: '' };
    const saved = draftToClaim(draft);
    expect(saved.summary_uk).toBeUndefined();
    expect(saved.note_uk).toBeUndefined();
    expect(saved.claimant_uk).toBe('стаття');
    expect(saved.event_date.note_uk).toBe('Без дати.');
  });
});
