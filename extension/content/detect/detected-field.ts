import type { DateFormat, FieldScope, FieldType } from '../../../shared/fields/field-types';
import type { Slot } from './page-slots';

/** The parts of an address, each its own box (not the one-box address line). */
export const ADDRESS_PARTS: ReadonlySet<string> = new Set<FieldType>([
  'houseNo',
  'moo',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postcode',
]);

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What detection decided about one control; `type: null` is unknown and is never filled. */
export interface DetectedField {
  index: number;
  element: FormControl;
  type: FieldType | null;
  part: number | null;
  scope: FieldScope | null;
  confidence: number;
  source: 'profile' | 'heuristic';
  /** the page's own label, for the preview */
  label: string;
  date?: DateFormat;
  dependsOn?: FieldType;
  required: boolean;
  /** sizes of the citizen-ID boxes this control belongs to, when split */
  parts?: number[];
  /** a close call between these types: the officer chooses in the preview */
  alternatives?: FieldType[];
  /** only its name or id says it is someone else's (heir_fname, where the heir files the claim) */
  otherByName?: true;
  /** radio buttons sharing this control's name (one logical field) */
  group?: HTMLInputElement[];
  /** whose part of the page the control sits in (the card holder's, another person's, an organisation's…) */
  slot?: Slot;
}

/** Below the fill threshold: the officer sees the suggestion, nothing is filled on a guess. */
export const OFFER_ONLY = 0.6;

/** How many boxes an element holds. */
export const boxCount = (node: Element) => node.querySelectorAll('input, select, textarea').length;

/** A box the site shows a stored value in (read-only), not one to type in. */
export const isReadOnlyBox = (el: FormControl) =>
  (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.readOnly;

/** A read-only box that already shows a value: the site's stored data. */
export const showsStoredValue = (el: FormControl) => isReadOnlyBox(el) && el.value.trim() !== '';
