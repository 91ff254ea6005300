import { searchAddressBySubDistrict } from 'thai-address-universal';
import type { CardAddress } from './card-address';

/** Outcome of a postcode lookup: missing or ambiguous postcodes are warnings for the officer, never errors. */
export type PostcodeLookup =
  | { status: 'found'; postcode: string }
  | { status: 'ambiguous'; candidates: string[]; warning: 'POSTCODE_AMBIGUOUS' }
  | { status: 'not-found'; warning: 'POSTCODE_NOT_FOUND' };

/**
 * Looks up the postcode of a ตำบล/แขวง (the card carries none) in thai-address-universal's data, matching
 * subdistrict, district and province exactly. "เมือง" districts may be written with or without the province.
 */
export async function lookupPostcode(
  address: Pick<CardAddress, 'subdistrict' | 'district' | 'province'>,
): Promise<PostcodeLookup> {
  if (!address.subdistrict || !address.province)
    return { status: 'not-found', warning: 'POSTCODE_NOT_FOUND' };
  const rows = await searchAddressBySubDistrict(address.subdistrict, 1000);
  const districtMatches = (d: string) =>
    d === address.district || d === `${address.district}${address.province}` || !address.district;
  const codes = new Set(
    rows
      .filter(
        (r) =>
          r.sub_district === address.subdistrict &&
          r.province === address.province &&
          districtMatches(r.district),
      )
      .map((r) => String(r.postal_code)),
  );
  const candidates = [...codes].sort();
  if (candidates.length === 1 && candidates[0]) return { status: 'found', postcode: candidates[0] };
  if (candidates.length > 1) return { status: 'ambiguous', candidates, warning: 'POSTCODE_AMBIGUOUS' };
  return { status: 'not-found', warning: 'POSTCODE_NOT_FOUND' };
}
