import express from 'express';
import { aspId, aspName, escapeHtml, layout } from './aspnet-layout';
import { LIST_TYPE_LABELS, listRowCells, type PracticeStaff } from './staff-data';

const PAGE_SIZE = 10;
const GRID = 'gvStaff';

/**
 * ค้นหาบุคลากร: a search box, a staff-type filter and a GridView of 10 people a page. Paging is a postback
 * (`__doPostBack('…$gvStaff','Page$2')`) that re-renders the whole page, as ASP.NET WebForms does.
 */
export function staffListRouter(staff: readonly PracticeStaff[]): express.Router {
  const router = express.Router();
  const render = (query: string, type: string, page: number) => {
    const q = query.trim();
    const found = staff.filter(
      (p) =>
        (!type || p.staffType === type) &&
        (!q || `${p.first} ${p.last}`.includes(q) || p.citizenId.includes(q.replace(/-/g, ''))),
    );
    const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pages);
    const rows = found
      .slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)
      .map(
        (p, i) =>
          `<tr><td>${(current - 1) * PAGE_SIZE + i + 1}</td>${listRowCells(p)
            .map((c) => `<td>${escapeHtml(c)}</td>`)
            .join('')}<td><a href="kp7-select?pid=${p.pid}">ก.พ.7</a></td></tr>`,
      )
      .join('');
    const pager = Array.from({ length: pages }, (_, i) =>
      i + 1 === current
        ? `<span>${i + 1}</span>`
        : `<a href="javascript:__doPostBack('${aspName(GRID)}','Page$${i + 1}')">${i + 1}</a>`,
    ).join(' ');
    const typeOptions = Object.entries(LIST_TYPE_LABELS)
      .map(([code, label]) => `<option value="${code}"${code === type ? ' selected' : ''}>${label}</option>`)
      .join('');
    return layout({
      title: 'ค้นหาบุคลากร',
      action: 'staff-list.aspx',
      body: `<h3>ค้นหาข้อมูลบุคลากร</h3>
<table class="form"><tr><td class="label">ชื่อ-นามสกุล / เลขประจำตัวประชาชน</td><td><input type="text" name="${aspName('txtSearch')}" id="${aspId('txtSearch')}" value="${escapeHtml(q)}"></td>
<td class="label">ประเภทบุคลากร</td><td><select name="${aspName('ddlPersonType')}" id="${aspId('ddlPersonType')}"><option value="">-- ทั้งหมด --</option>${typeOptions}</select></td></tr></table>
<input type="submit" name="${aspName('btnSearch')}" id="${aspId('btnSearch')}" value="ค้นหา">
<p>พบ ${found.length} รายการ</p>
<table class="grid" id="${aspId(GRID)}"><tr><th>ลำดับ</th><th>เลขประจำตัวประชาชน</th><th>ชื่อ - นามสกุล</th><th>ประเภทบุคลากร</th><th>ตำแหน่ง</th><th>สถานะ</th><th>จัดการ</th></tr>
${rows}
<tr class="pager"><td colspan="7">หน้า ${pager}</td></tr></table>`,
    });
  };
  router.get('/staff-list.aspx', (_req, res) => {
    res.type('html').send(render('', '', 1));
  });
  router.post('/staff-list.aspx', express.urlencoded({ extended: false }), (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    const target = body.__EVENTTARGET ?? '';
    const page =
      target === aspName(GRID) ? Number(/^Page\$(\d+)$/.exec(body.__EVENTARGUMENT ?? '')?.[1] ?? 1) : 1;
    res
      .type('html')
      .send(render(body[aspName('txtSearch')] ?? '', body[aspName('ddlPersonType')] ?? '', page));
  });
  // Picking a person: the real site keeps them in the server session; here a cookie.
  router.get('/kp7-select', (req, res) => {
    const pid = Number(req.query.pid);
    const person = staff.find((p) => p.pid === pid);
    if (!person) {
      res.status(404).send('not found');
      return;
    }
    res.cookie('lhr_pid', String(pid), { httpOnly: true, sameSite: 'lax' });
    res.redirect(person.staffType === 'teacher' ? '/kp7-personal-teacher.html' : '/kp7-education.aspx');
  });
  return router;
}
