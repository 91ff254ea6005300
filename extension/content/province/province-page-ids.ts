/**
 * Profile page ids of seed 002's province steps: the list ("ดำเนินการ(จังหวัด)") and the magnifier page. Kept apart
 * from the province feature so the content script's lazy stub decides where it applies without loading it.
 */
export const PROVINCE_LIST_PAGE = 'province-certify-list';
export const PROVINCE_ORG_PAGE = 'province-certify-org';

export function isProvincePage(pageId: string | undefined): boolean {
  return pageId === PROVINCE_LIST_PAGE || pageId === PROVINCE_ORG_PAGE;
}
