import express from 'express';
import { formatCitizenId } from '../../shared/thai/citizen-id';
import { aspId, aspName, escapeHtml, layout, selectedPid } from './aspnet-layout';
import { HISTORY_FORMS, type HistoryColumn, type HistoryForm } from './history-forms';
import { LIST_TYPE_LABELS, type PracticeStaff } from './staff-data';

/** What the site keeps: per person and page, the rows as saved (cell texts). */
export type HistoryStore = Map<string, string[][]>;

/** The site's own checks, as the real pages do them on the server: BE dates dd/mm/yyyy, BE years, numbers. */
function check(column: HistoryColumn, raw: string): { value: string } | { error: string } {
  const text = raw.trim();
  if (!text) return column.required ? { error: `กรุณากรอก ${column.header}` } : { value: '' };
  if (column.kind === 'date') {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!m || Number(m[3]) < 2400) return { error: `${column.header}: รูปแบบวันที่ไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)` };
    return { value: `${m[1]?.padStart(2, '0')}/${m[2]?.padStart(2, '0')}/${m[3]}` };
  }
  if (column.kind === 'year') {
    if (!/^\d{4}$/.test(text) || Number(text) < 2400) return { error: `${column.header}: ปี พ.ศ. 4 หลัก` };
    return { value: text };
  }
  if (column.kind === 'number') {
    const n = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(n) || n < 0) return { error: `${column.header}: ตัวเลขเท่านั้น` };
    return { value: n.toLocaleString('en-US') };
  }
  if (column.kind === 'select' && !column.options?.includes(text))
    return { error: `กรุณาเลือก ${column.header}` };
  return { value: text };
}

function control(column: HistoryColumn): string {
  const attrs = `name="${aspName(column.control)}" id="${aspId(column.control)}"`;
  if (column.kind === 'select') {
    const options = (column.options ?? []).map((o) => `<option value="${o}">${o}</option>`).join('');
    return `<select ${attrs}><option value="">-- เลือก --</option>${options}</select>`;
  }
  const date =
    column.kind === 'date' ? ' class="date-be" maxlength="10" size="12" placeholder="วว/ดด/ปปปป"' : '';
  return `<input type="text" ${attrs}${date}>`;
}

/** The "this page is about" line of the pages that follow a pick on the staff list. */
export function personBanner(person: PracticeStaff): string {
  return `<div class="person" id="${aspId('pnlPerson')}">ชื่อ-นามสกุล: <span id="${aspId('lblFullName')}">${escapeHtml(`${person.title}${person.first} ${person.last}`)}</span>
 เลขประจำตัวประชาชน: <span id="${aspId('lblIDCard')}">${formatCitizenId(person.citizenId)}</span>
 ประเภทบุคลากร: <span id="${aspId('lblPersonType')}">${LIST_TYPE_LABELS[person.staffType]}</span></div>`;
}

function render(form: HistoryForm, person: PracticeStaff | null, rows: string[][], error: string): string {
  if (!person) {
    return layout({
      title: form.title,
      action: form.path.slice(1),
      body: `<h3>${form.title}</h3><p class="err">กรุณาเลือกบุคลากรจากหน้า <a href="staff-list.aspx">ค้นหาบุคลากร</a></p>`,
    });
  }
  const head = form.columns.map((c) => `<th>${c.header}</th>`).join('');
  const body = rows
    .map((r, i) => `<tr><td>${i + 1}</td>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('');
  const add = form.columns
    .map(
      (c) =>
        `<tr><td class="label">${c.header}${c.required ? ' <span class="req">*</span>' : ''}</td><td>${control(c)}</td></tr>`,
    )
    .join('');
  return layout({
    title: form.title,
    action: form.path.slice(1),
    body: `<h3>${form.title}</h3>
${personBanner(person)}
<table class="grid" id="${aspId(form.grid)}"><tr><th>ลำดับ</th>${head}</tr>${body}</table>
<br><table class="form"><tr><td class="section" colspan="2">เพิ่มรายการ</td></tr>${add}</table>
<span class="err" id="${aspId('lblError')}">${escapeHtml(error)}</span><br>
<input type="submit" name="${aspName('btnSave')}" id="${aspId('btnSave')}" value="บันทึก">`,
  });
}

/**
 * One page per ก.พ.7 history section: the rows saved so far in a GridView and an add-row form under it. Saving
 * is a full postback; the server checks the row and re-renders the table with it (or the error and no row).
 */
export function historyRouter(staff: readonly PracticeStaff[], store: HistoryStore): express.Router {
  const router = express.Router();
  for (const form of HISTORY_FORMS) {
    const personOf = (req: express.Request) => {
      const pid = selectedPid(req.headers.cookie);
      return staff.find((p) => p.pid === pid) ?? null;
    };
    router.get(form.path, (req, res) => {
      const person = personOf(req);
      res.type('html').send(render(form, person, store.get(`${person?.pid}|${form.section}`) ?? [], ''));
    });
    router.post(form.path, express.urlencoded({ extended: false }), (req, res) => {
      const person = personOf(req);
      const key = `${person?.pid}|${form.section}`;
      const rows = store.get(key) ?? [];
      const body = req.body as Record<string, string | undefined>;
      const checked = form.columns.map((c) => check(c, body[aspName(c.control)] ?? ''));
      const error = checked.find((c) => 'error' in c);
      if (person && !error && body[aspName('btnSave')] !== undefined) {
        rows.push(checked.map((c) => ('value' in c ? c.value : '')));
        store.set(key, rows);
      }
      res.type('html').send(render(form, person, rows, error && 'error' in error ? error.error : ''));
    });
  }
  return router;
}
