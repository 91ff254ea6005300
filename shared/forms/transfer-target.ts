import { thaiToAsciiDigits } from '../thai/digits';
import { parseOrgCode } from '../thai/org-code';

/** Transfer order (คำสั่งให้โอน): the target อปท. must not be the officer's own. Codes compare after normalising. */
export function transferTargetProblem(ownOrgCode: string, targetOrgCode: string): 'TARGET_IS_SELF' | null {
  const own = parseOrgCode(thaiToAsciiDigits(ownOrgCode))?.code ?? thaiToAsciiDigits(ownOrgCode).trim();
  const target =
    parseOrgCode(thaiToAsciiDigits(targetOrgCode))?.code ?? thaiToAsciiDigits(targetOrgCode).trim();
  return own !== '' && own === target ? 'TARGET_IS_SELF' : null;
}
