// The claim form's fields as the author types them, their checks field by field, and the claim they make.
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  DATE_BASES,
  type Claim,
  type ClaimKind,
  type ClaimStatus,
  type DateBasis,
} from '../model/types.ts';
import { checkEventDate } from '../model/check.ts';
import { quoteInText } from '../model/quote.ts';

export interface Draft {
  id: string;
  source: string;
  quote: string;
  /** Place ids, or "geonames:<id>" for a town not on the map yet. */
  places: string[];
  claimant: string;
  kind: ClaimKind | '';
  status: ClaimStatus | '';
  /** YYYY, YYYY-MM, YYYY-MM-DD or empty. */
  date: string;
  dateBasis: DateBasis;
  dateNote: string;
  summary: string;
  disputes: string[];
  note: string;
  /**
   * The editor's Ukrainian translations the claim had when it was opened, each with the English it
   * translates. The form does not edit them; a translation is kept only while its English is unchanged,
   * so an edited summary never goes out with the old summary's translation.
   */
  translations?: Partial<Record<'claimant' | 'summary' | 'note' | 'dateNote', { en: string; uk: string }>>;
}

export type DraftField =
  'quote' | 'places' | 'claimant' | 'kind' | 'status' | 'date' | 'dateBasis' | 'dateNote' | 'summary' | 'disputes';

export function emptyDraft(source: string, quote: string, places: string[]): Draft {
  return {
    id: '',
    source,
    quote,
    places,
    claimant: '',
    kind: '',
    status: 'asserted',
    date: '',
    dateBasis: 'stated',
    dateNote: '',
    summary: '',
    disputes: [],
    note: '',
  };
}

export function claimToDraft(c: Claim): Draft {
  return {
    id: c.id,
    source: c.source,
    quote: c.quote,
    places: [...c.places],
    claimant: c.claimant,
    kind: c.kind,
    status: c.status,
    date: c.event_date.value ?? '',
    dateBasis: c.event_date.basis,
    dateNote: c.event_date.note ?? '',
    summary: c.summary,
    disputes: [...c.disputes],
    note: c.note ?? '',
    translations: {
      ...(c.claimant_uk ? { claimant: { en: c.claimant, uk: c.claimant_uk } } : {}),
      ...(c.summary_uk ? { summary: { en: c.summary, uk: c.summary_uk } } : {}),
      ...(c.note && c.note_uk ? { note: { en: c.note, uk: c.note_uk } } : {}),
      ...(c.event_date.note && c.event_date.note_uk ? { dateNote: { en: c.event_date.note, uk: c.event_date.note_uk } } : {}),
    },
  };
}

function precisionOf(date: string): 'day' | 'month' | 'year' | 'unknown' {
  if (date === '') return 'unknown';
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The claim a sound draft makes (keys in the data files' order; empty optional fields left out). */
export function draftToClaim(d: Draft): Claim {
  const date = d.date.trim();
  /** The kept translation of a field, while the field still says what it said. */
  const uk = (field: 'claimant' | 'summary' | 'note' | 'dateNote', now: string) => {
    const kept = d.translations?.[field];
    return kept && now && kept.en === now ? kept.uk : undefined;
  };
  const dateNoteUk = uk('dateNote', d.dateNote.trim());
  const claim: Claim = {
    id: d.id,
    source: d.source,
    quote: d.quote,
    places: d.places,
    kind: d.kind as ClaimKind,
    claimant: d.claimant.trim(),
    status: d.status as ClaimStatus,
    event_date: {
      value: date === '' ? null : date,
      precision: precisionOf(date),
      basis: d.dateBasis,
      ...(d.dateNote.trim() ? { note: d.dateNote.trim() } : {}),
      ...(dateNoteUk ? { note_uk: dateNoteUk } : {}),
    },
    summary: d.summary.trim(),
    disputes: d.disputes,
  };
  if (d.note.trim()) claim.note = d.note.trim();
  const claimantUk = uk('claimant', claim.claimant);
  const summaryUk = uk('summary', claim.summary);
  const noteUk = uk('note', claim.note ?? '');
  if (claimantUk) claim.claimant_uk = claimantUk;
  if (summaryUk) claim.summary_uk = summaryUk;
  if (noteUk) claim.note_uk = noteUk;
  return claim;
}

/** Problems with each field, as the data check would find them; empty when the draft can be saved. */
export function draftProblems(d: Draft, text: string | null): Partial<Record<DraftField, string>> {
  const p: Partial<Record<DraftField, string>> = {};
  if (!d.quote.trim()) p.quote = 'Select the words of the claim in the article.';
  else if (text !== null && !quoteInText(text, d.quote)) p.quote = 'The quote is not found word for word in the article.';
  if (d.places.length === 0) p.places = 'Pick at least one place.';
  if (!d.claimant.trim()) p.claimant = 'Say who makes the claim ("the article" when it speaks in its own voice).';
  if (!(CLAIM_KINDS as readonly string[]).includes(d.kind)) p.kind = 'Pick a kind.';
  if (!(CLAIM_STATUSES as readonly string[]).includes(d.status)) p.status = 'Pick a status.';
  const date = d.date.trim();
  if (date !== '' && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) {
    p.date = 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.';
  } else {
    const problems = checkEventDate(draftToClaim(d).event_date).filter((m) => !m.includes('basis'));
    if (problems.length > 0) p.date = `Not a calendar date: ${date}.`;
  }
  if (!(DATE_BASES as readonly string[]).includes(d.dateBasis)) p.dateBasis = 'Pick stated or inferred.';
  if (d.dateBasis === 'inferred' && !d.dateNote.trim())
    p.dateNote = 'An inferred date needs a note saying what it was worked out from.';
  if (!d.summary.trim()) p.summary = 'Write a short neutral summary.';
  if (d.status === 'disputed' && d.disputes.length === 0) p.disputes = 'A disputed claim names the claim(s) that dispute it.';
  if (d.id && d.disputes.includes(d.id)) p.disputes = 'A claim cannot dispute itself.';
  return p;
}
