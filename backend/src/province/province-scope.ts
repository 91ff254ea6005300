import { AppError } from '../../../shared/errors';
import type { Caller } from '../auth/tokens';

/**
 * Which province a dashboard request covers, with sync's rules (sync/scope.ts): a supervisor only his own, an admin
 * any one or all (null), an officer nothing.
 */
export function provinceScope(caller: Caller, requested?: string): string | null {
  if (caller.role === 'officer')
    throw new AppError(
      'FORBIDDEN',
      'แดชบอร์ดจังหวัดสำหรับจังหวัดและผู้ดูแลระบบเท่านั้น (province dashboard: supervisors only)',
    );
  if (caller.role === 'supervisor') {
    if (!caller.provinceCode || (requested && requested !== caller.provinceCode))
      throw new AppError('FORBIDDEN', 'ดูได้เฉพาะจังหวัดของท่าน (your province only)');
    return caller.provinceCode;
  }
  return requested ?? null;
}

/** An อปท. is in scope when its province is the scope's, or the scope is the whole country. */
export function orgInScope(scope: string | null, orgProvince: string | undefined): boolean {
  return orgProvince !== undefined && (scope === null || scope === orgProvince);
}
