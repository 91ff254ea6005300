import type { OrgEntry } from '../../../shared/forms/org-search';
import { normalizeOrgText } from '../../../shared/forms/org-search';
import { setControlValue } from '../fill/set-value';

/** The site's own province → amphoe → อปท. selects of the transfer target, in that order. */
export interface OrgSelects {
  province: HTMLSelectElement;
  amphoe: HTMLSelectElement;
  org: HTMLSelectElement;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The option showing `text` ("อบต." and "องค์การบริหารส่วนตำบล", "อ." and "อำเภอ" count as the same word). */
function optionByText(select: HTMLSelectElement, text: string): HTMLOptionElement | null {
  const want = normalizeOrgText(text).replace(/\s+/g, '');
  if (want === '') return null;
  return (
    Array.from(select.options).find(
      (o) => o.value !== '' && normalizeOrgText(o.text).replace(/\s+/g, '') === want,
    ) ?? null
  );
}

/** Waits for the page's cascade to load the option (it arrives after a postback or an XHR), up to `timeoutMs`. */
async function waitForOption(
  find: () => HTMLOptionElement | null,
  timeoutMs: number,
): Promise<HTMLOptionElement | null> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const option = find();
    if (option || performance.now() > deadline) return option;
    await sleep(40);
  }
}

async function choose(select: HTMLSelectElement, find: () => HTMLOptionElement | null, timeoutMs: number) {
  const option = await waitForOption(find, timeoutMs);
  if (!option) return false;
  if (select.value !== option.value) setControlValue(select, option.value);
  return true;
}

/**
 * Sets the site's province, then amphoe, then อปท. select to the picked registry entry, each after the page loaded
 * its options, with real change events so the page's cascade runs as for the officer's own choice. The อปท. is matched
 * by its code (the option value) or, failing that, its name. Returns which step could not be set, or null.
 */
export async function pickOrgInSelects(
  selects: OrgSelects,
  org: OrgEntry,
  timeoutMs = 5000,
): Promise<'province' | 'amphoe' | 'org' | null> {
  if (!(await choose(selects.province, () => optionByText(selects.province, org.province), timeoutMs)))
    return 'province';
  if (!(await choose(selects.amphoe, () => optionByText(selects.amphoe, org.amphoe), timeoutMs)))
    return 'amphoe';
  const byCode = () =>
    Array.from(selects.org.options).find((o) => o.value === org.code) ?? optionByText(selects.org, org.name);
  if (!(await choose(selects.org, byCode, timeoutMs))) return 'org';
  return null;
}
