import { describe, expect, it } from 'vitest';
import { transferTargetProblem } from './transfer-target';

describe('transfer target', () => {
  it('refuses the own อปท. in any digit style or padding', () => {
    expect(transferTargetProblem('6360101', '6360101')).toBe('TARGET_IS_SELF');
    expect(transferTargetProblem('6360101', '๖๓๖๐๑๐๑')).toBe('TARGET_IS_SELF');
    expect(transferTargetProblem('6360101', ' 06360101 ')).toBe('TARGET_IS_SELF');
  });
  it('accepts another อปท. and an empty target (the required check reports that)', () => {
    expect(transferTargetProblem('6360101', '6360102')).toBeNull();
    expect(transferTargetProblem('6360101', '')).toBeNull();
  });
});
