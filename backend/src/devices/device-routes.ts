import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Kysely } from 'kysely';
import * as z from 'zod';
import { AppError } from '../../../shared/errors';
import { AuditUpload } from '../../../shared/protocol/sync';
import { callerOf } from '../auth/auth-routes';
import type { DB } from '../db/schema';
import { parse } from '../http-errors';

const RegisterDevice = z.object({ deviceId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }).strict();

/** The card agent's PC registers itself and uploads its audit trail (no card values, only events and field names). */
export function deviceRoutes(db: Kysely<DB>, now: () => Date = () => new Date()): Router {
  const router = Router();
  router.post('/devices', async (req, res) => {
    const caller = callerOf(req);
    if (caller.role !== 'officer' || !caller.orgCode)
      throw new AppError('FORBIDDEN', 'devices belong to an อปท.');
    const { deviceId } = parse(RegisterDevice, req.body);
    const at = now().toISOString();
    const existing = await db
      .selectFrom('devices')
      .select('org_code')
      .where('id', '=', deviceId)
      .executeTakeFirst();
    if (existing && existing.org_code !== caller.orgCode)
      throw new AppError('FORBIDDEN', 'device registered to another อปท.');
    if (existing) await db.updateTable('devices').set({ last_seen: at }).where('id', '=', deviceId).execute();
    else
      await db
        .insertInto('devices')
        .values({
          id: deviceId,
          org_code: caller.orgCode,
          user_id: caller.userId,
          registered_at: at,
          last_seen: at,
        })
        .execute();
    res.status(existing ? 200 : 201).json({ deviceId });
  });
  router.post('/audit', async (req, res) => {
    const caller = callerOf(req);
    const upload = parse(AuditUpload, req.body);
    const device = await db
      .selectFrom('devices')
      .select('org_code')
      .where('id', '=', upload.deviceId)
      .executeTakeFirst();
    if (!device || device.org_code !== caller.orgCode)
      throw new AppError('FORBIDDEN', 'unknown device for this อปท.');
    if (upload.events.length > 0) {
      await db
        .insertInto('audit_events')
        .values(
          upload.events.map(({ time, event, ...details }) => ({
            id: randomUUID(),
            org_code: device.org_code,
            device_id: upload.deviceId,
            time,
            event,
            details: JSON.stringify(details),
          })),
        )
        .execute();
    }
    res.json({ stored: upload.events.length });
  });
  return router;
}
