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
    // Registering again (the agent on that PC logged in by another officer of the office) hands the PC over: from
    // now on only that officer's uploads are taken for it.
    if (existing)
      await db
        .updateTable('devices')
        .set({ last_seen: at, user_id: caller.userId })
        .where('id', '=', deviceId)
        .execute();
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
      .select(['org_code', 'user_id'])
      .where('id', '=', upload.deviceId)
      .executeTakeFirst();
    // Only the officer the PC is registered to uploads its trail: another officer of the same office could
    // otherwise write events in someone else's name.
    if (!device || device.org_code !== caller.orgCode || device.user_id !== caller.userId)
      throw new AppError('FORBIDDEN', 'this device is registered to another officer or อปท.');
    const receivedAt = now().toISOString();
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
            uploaded_by: caller.userId,
            received_at: receivedAt,
          })),
        )
        .execute();
    }
    res.json({ stored: upload.events.length });
  });
  return router;
}
