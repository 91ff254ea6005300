import { thaiToAsciiDigits } from '../thai/digits';

/**
 * The ก.ถ. ปลัด registry's registration rule (seed 000): the password is digits only, at least 6 of them, and the
 * confirmation matches. Thai digits are not accepted: the site compares what it receives byte for byte.
 */
export function passwordProblem(password: string): 'PASSWORD_RULE' | null {
  return /^[0-9]{6,}$/.test(password) ? null : 'PASSWORD_RULE';
}

export function passwordConfirmProblem(password: string, confirmation: string): 'PASSWORD_MISMATCH' | null {
  return password === confirmation ? null : 'PASSWORD_MISMATCH';
}

/** True when the officer typed Thai digits: the Thai message then says so instead of only "digits only". */
export function hasThaiDigits(text: string): boolean {
  return thaiToAsciiDigits(text) !== text;
}
