import * as z from 'zod';
import { StaffType } from '../register/staff-type';

/**
 * Planned head counts per staff type from the แผนอัตรากำลังสามปี, entered or imported by the officer:
 * `{"civil-servant": 12, "mission-employee": 8}`. Types left out have no plan and raise no count finding.
 */
export const ManpowerPlan = z
  .partialRecord(StaffType, z.number().int().nonnegative().max(100_000))
  .default({});
export type ManpowerPlan = z.infer<typeof ManpowerPlan>;
