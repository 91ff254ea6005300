import { MIN_PORTRAIT, portraitCrop } from '../../../shared/forms/portrait-crop';

/** The photo file input of a form that takes a portrait (รูปถ่าย / รูป 4×6 ซม.). */
export function portraitInput(doc: Document): HTMLInputElement | null {
  for (const input of Array.from(doc.querySelectorAll<HTMLInputElement>('input[type="file"]'))) {
    if (input.accept && !/image|jpe?g|png/i.test(input.accept)) continue;
    const label = (input.id && doc.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent) || '';
    const row = input.closest('tr, .row, div')?.textContent ?? '';
    if (/รูปถ่าย|รูปภาพ|ภาพถ่าย/.test(`${label} ${row}`)) return input;
  }
  return null;
}

export interface PortraitResult {
  width: number;
  height: number;
  /** below MIN_PORTRAIT: prints blurred at 4×6 cm */
  lowResolution: boolean;
}

/**
 * Crops the card photo to exactly 2:3 around the face (portraitCrop), draws it on a canvas, and puts the JPEG into
 * the page's file input as if the officer had chosen the file (a DataTransfer's FileList, then input and change
 * events). The photo never leaves this tab: nothing is uploaded by the extension, the page's own form sends it.
 */
export async function putPortrait(input: HTMLInputElement, jpegBase64: string): Promise<PortraitResult> {
  const bytes = Uint8Array.from(atob(jpegBase64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
  const crop = portraitCrop(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = crop.width;
  canvas.height = crop.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no blob'))), 'image/jpeg', 0.92),
  );
  const transfer = new DataTransfer();
  transfer.items.add(new File([blob], 'portrait-4x6.jpg', { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return {
    width: crop.width,
    height: crop.height,
    lowResolution: crop.width < MIN_PORTRAIT.width || crop.height < MIN_PORTRAIT.height,
  };
}
