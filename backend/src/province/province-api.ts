import { type Request, type Response, Router } from 'express';
import * as z from 'zod';
import { AppError } from '../../../shared/errors';
import {
  LettersQuery,
  LetterTemplate,
  OrgListQuery,
  SpotCheckQuery,
} from '../../../shared/protocol/province';
import { callerOf } from '../auth/auth-routes';
import { parse } from '../http-errors';
import { newSeed, type ProvinceService } from './province-service';

const OrgCode = z.string().regex(/^\d{7}$/);
const ProvinceQuery = z
  .object({
    province: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
  })
  .strip();

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a file download; names are ASCII (no อปท. name in a header or URL). */
export function download(res: Response, body: Buffer, type: string, name: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

/** A GET form sends its empty fields as `name=`; an empty filter means no filter. */
export function filled(query: Request['query']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

function code(req: Request): string {
  const parsed = OrgCode.safeParse(req.params.code);
  if (!parsed.success) throw new AppError('NOT_FOUND', 'ไม่พบ อปท. (no such อปท.)');
  return parsed.data;
}

/** The JSON API behind the dashboard (docs/province.md); the caller is set by provinceCaller before it. */
export function provinceApi(service: ProvinceService): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/orgs', async (req, res) => {
    res.json(await service.list(callerOf(req), parse(OrgListQuery, filled(req.query))));
  });
  router.get('/orgs/:code', async (req, res) => {
    res.json(await service.detail(callerOf(req), code(req)));
  });
  router.get('/orgs/:code/spot-check', async (req, res) => {
    const q = parse(SpotCheckQuery, filled(req.query));
    res.json(await service.spotCheck(callerOf(req), code(req), q.seed ?? newSeed(), q.n));
  });
  router.get('/orgs/:code/spot-checks', async (req, res) => {
    res.json(await service.spotCheckDraws(callerOf(req), code(req)));
  });
  router.get('/progress', async (req, res) => {
    res.json(await service.progress(callerOf(req), parse(ProvinceQuery, req.query).province));
  });
  router.get('/overdue', async (req, res) => {
    res.json({ orgs: await service.overdue(callerOf(req), parse(ProvinceQuery, req.query).province) });
  });
  router.get('/export.csv', async (req, res) => {
    const body = await service.export(callerOf(req), parse(OrgListQuery, filled(req.query)), 'csv');
    download(res, body, 'text/csv; charset=utf-8', 'province-export.csv');
  });
  router.get('/export.xlsx', async (req, res) => {
    const body = await service.export(callerOf(req), parse(OrgListQuery, filled(req.query)), 'xlsx');
    download(res, body, XLSX_TYPE, 'province-export.xlsx');
  });
  router.get('/letters.docx', async (req, res) => {
    const q = parse(LettersQuery, req.query);
    const codes = q.org === undefined ? [] : Array.isArray(q.org) ? q.org : [q.org];
    download(res, await service.letters(callerOf(req), codes, q.province), DOCX_TYPE, 'warning-letters.docx');
  });
  router.get('/letter-template', async (req, res) => {
    res.json(await service.template(callerOf(req), parse(ProvinceQuery, req.query).province));
  });
  router.put('/letter-template', async (req, res) => {
    const template = parse(LetterTemplate, req.body);
    await service.saveTemplate(callerOf(req), template, parse(ProvinceQuery, req.query).province);
    res.status(204).end();
  });
  return router;
}
