import { describe, expect, it } from 'vitest';
import { hasThaiDigits, passwordConfirmProblem, passwordProblem } from './password';

describe('ปลัด registry password', () => {
  it.each(['123456', '0000000', '98765432109'])('accepts %s', (p) => expect(passwordProblem(p)).toBeNull());
  it.each(['12345', '', 'abcdef', '12345a', '๑๒๓๔๕๖', '123 456', ' 123456'])('refuses %j', (p) =>
    expect(passwordProblem(p)).toBe('PASSWORD_RULE'),
  );
  it('confirmation must match exactly', () => {
    expect(passwordConfirmProblem('123456', '123456')).toBeNull();
    expect(passwordConfirmProblem('123456', '123457')).toBe('PASSWORD_MISMATCH');
    expect(passwordConfirmProblem('123456', '๑๒๓๔๕๖')).toBe('PASSWORD_MISMATCH');
    expect(hasThaiDigits('๑๒๓๔๕๖')).toBe(true);
  });
});
