import browser from 'webextension-polyfill';
import type { ProvinceOrgReadiness, ProvinceOrgReply } from '../../../shared/protocol/province-messages';

/**
 * Asks the background for the province API's answers. The reply is checked by shape only (the background parsed it
 * with the zod schemas of shared/protocol/province-messages.ts; the page bundle carries no zod). Anything else —
 * not logged in, an officer's login, a network failure — is null: the LHR page simply shows no readiness.
 */
export async function askProvinceOrgs(orgs: string[]): Promise<ProvinceOrgReadiness[] | null> {
  const reply = (await browser.runtime.sendMessage({ type: 'province.orgs', orgs }).catch(() => null)) as {
    provinceOrgs?: unknown;
  } | null;
  return Array.isArray(reply?.provinceOrgs) ? (reply.provinceOrgs as ProvinceOrgReadiness[]) : null;
}

export async function askProvinceOrg(org: string): Promise<ProvinceOrgReply['provinceOrg']> {
  const reply = (await browser.runtime.sendMessage({ type: 'province.org', org }).catch(() => null)) as {
    provinceOrg?: unknown;
  } | null;
  const o = reply?.provinceOrg as ProvinceOrgReply['provinceOrg'] | undefined;
  return o && typeof o === 'object' && Array.isArray(o.spotChecks) && o.readiness ? o : null;
}
