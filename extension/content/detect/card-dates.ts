import type { FieldType } from '../../../shared/fields/field-types';
import { type DetectedField, OFFER_ONLY } from './detected-field';
import { normalizeLabel } from './normalize-label';

const CARD_DATES = new Set<FieldType>(['cardIssueDate', 'cardExpiryDate']);
/** The card's own boxes: a date next to them is the card's. */
const CARD_BOXES = new Set<FieldType>(['citizenId', 'cardIssuer', 'cardIssueDate', 'cardExpiryDate']);
const SAYS_CARD = /บัตร|card|ประชาชน|\bid\b/i;
/**
 * A line naming a card or document that is not the ID card: its dates are its own. (Narrower than heuristic-rules'
 * OTHER_CARD, which reads a date's own caption: a whole line often says พนักงาน or สมาชิก of the holder himself.)
 */
const OTHER_CARD_LINE = /บัตรประจำตัวเจ้าหน้าที่|บัตรข้าราชการ|บัตรเดิม|ใบอนุญาต|ใบขับขี่|หนังสือเดินทาง|passport|licen[cs]e/;

/**
 * "อายุการเก็บรักษา / วันหมดอายุ", "วันออก / วันหมดอายุ" of a licence: an issue or expiry date is the ID card's only where
 * its caption says card or it sits among the card's boxes (the ID, the issuer, the other card date, within a few
 * boxes); else it is some other document's or product's, offered and never filled.
 */
export function cardDatesNearTheCard(fields: readonly DetectedField[]): void {
  const typed = fields.filter((f) => f.source === 'heuristic' && f.type !== null);
  typed.forEach((f, i) => {
    if (!CARD_DATES.has(f.type as FieldType) || f.scope !== 'subject') return;
    // ("วันออกบัตร [ ] หมดอายุ [ ]": a bare "หมดอายุ" is the card's only right after the card's issue date)
    if (normalizeLabel(f.label) === 'หมดอายุ' && typed[i - 1]?.type !== 'cardIssueDate') {
      Object.assign(f, { type: null, confidence: 0 });
      return;
    }
    // "บัตรประจำตัวเจ้าหน้าที่ของรัฐเดิม เลขที่ [ ] วันออกบัตร [ ] วันหมดอายุ [ ]": a line that names another card
    const line = normalizeLabel(f.element.closest('p, tr, li')?.textContent ?? '');
    if (OTHER_CARD_LINE.test(line) && !/ประชาชน/.test(line))
      f.confidence = Math.min(f.confidence, OFFER_ONLY);
    if (SAYS_CARD.test(f.label)) return;
    const near = [...typed.slice(Math.max(0, i - 3), i), ...typed.slice(i + 1, i + 4)];
    if (
      near.some((g) => CARD_BOXES.has(g.type as FieldType) && (g.type !== f.type || SAYS_CARD.test(g.label)))
    )
      return;
    f.confidence = Math.min(f.confidence, OFFER_ONLY);
  });
}
