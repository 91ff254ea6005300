const THAI_ZERO = 0x0e50;

/** Replaces Thai digits ๐–๙ (U+0E50–U+0E59) with ASCII 0–9; everything else is kept. */
export function thaiToAsciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - THAI_ZERO + 0x30));
}

/** Replaces ASCII digits 0–9 with Thai digits ๐–๙; everything else is kept. */
export function asciiToThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x30 + THAI_ZERO));
}

/** How digits are written on a page: ASCII (most web forms) or Thai (official letters). */
export type DigitStyle = 'ascii' | 'thai';

/** Writes ASCII digits in `text` in the requested style. */
export function withDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? asciiToThaiDigits(text) : text;
}
