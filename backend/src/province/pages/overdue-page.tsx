import type { LetterTemplate, OrgSummary } from '../../../../shared/protocol/province';
import { PLACEHOLDERS } from '../letter-template';
import { Layout } from './layout';
import { Counts, DaysLeft } from './org-table';
import { type PageContext, percent, STATUS_LABELS } from './page-context';

/** Admins work one province at a time on letters and templates; this asks which. */
export function ProvinceChooser(props: { ctx: PageContext; action: string; province?: string }) {
  const { ctx } = props;
  return (
    <form method="get" action={props.action} class="filters no-print">
      {ctx.lang === 'en' && <input type="hidden" name="lang" value="en" />}
      <label>
        {ctx.t('จังหวัด (รหัส)', 'Province (code)')}
        <input name="province" value={props.province ?? ''} pattern="\d{2}" size={3} required />
      </label>
      <button type="submit">{ctx.t('เลือก', 'Choose')}</button>
    </form>
  );
}

/** The อปท. that are behind (มาตรการเร่งรัด ๒.๒), to tick and get warning letters for as one .docx. */
export function OverduePage(props: {
  ctx: PageContext;
  orgs: OrgSummary[];
  province: string | undefined;
  admin: boolean;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('อปท. ที่ดำเนินการล่าช้า', 'Local governments behind schedule')}>
      {props.admin && <ProvinceChooser ctx={ctx} action="/province/overdue" province={props.province} />}
      {props.orgs.length === 0 ? (
        <p>{ctx.t('ไม่มี อปท. ที่ล่าช้า', 'No local government is behind.')}</p>
      ) : (
        <form method="get" action="/v1/province/letters.docx" class="letters">
          {props.province && <input type="hidden" name="province" value={props.province} />}
          <table>
            <thead>
              <tr>
                <th class="no-print">{ctx.t('เลือก', 'Pick')}</th>
                <th>{ctx.t('อปท.', 'Local government')}</th>
                <th>{ctx.t('บุคลากร (บันทึก/แผน)', 'Staff (recorded/plan)')}</th>
                <th>{ctx.t('ครบถ้วน', 'Complete')}</th>
                <th>{ctx.t('กำหนดเสร็จ', 'Deadline')}</th>
                <th>{ctx.t('สถานะ', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.orgs.map((o) => (
                <tr key={o.code} data-code={o.code}>
                  <td class="no-print">
                    <input type="checkbox" name="org" value={o.code} checked aria-label={o.name} />
                  </td>
                  <td>
                    <a href={ctx.href(`/province/orgs/${o.code}`)}>{o.name}</a>{' '}
                    <span class="muted">{o.code}</span>
                  </td>
                  <td>
                    <Counts org={o} ctx={ctx} />
                  </td>
                  <td class="num">{percent(o.completeness)}</td>
                  <td>
                    <DaysLeft org={o} ctx={ctx} />
                  </td>
                  <td>
                    <span class={`badge ${o.status}`}>
                      {ctx.t(STATUS_LABELS[o.status].th, STATUS_LABELS[o.status].en)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="no-print">
            <button type="submit" id="download-letters">
              {ctx.t('ดาวน์โหลดหนังสือแจ้งเตือน (.docx)', 'Download warning letters (.docx)')}
            </button>
          </p>
        </form>
      )}
    </Layout>
  );
}

const lines = (list: string[]) => list.join('\n');

/** The province's letter template; placeholders are listed next to the form. */
export function TemplatePage(props: {
  ctx: PageContext;
  template: LetterTemplate;
  saved: boolean;
  province?: string;
}) {
  const { ctx, template } = props;
  const field = (name: keyof LetterTemplate, th: string, en: string, multiline: boolean, rows = 3) => {
    const value = template[name];
    return (
      // biome-ignore lint/a11y/noLabelWithoutControl: the control is the input or textarea inside
      <label>
        {ctx.t(th, en)}
        {multiline ? (
          <textarea name={name} rows={rows}>
            {Array.isArray(value) ? lines(value) : value}
          </textarea>
        ) : (
          <input name={name} value={value as string} />
        )}
      </label>
    );
  };
  return (
    <Layout ctx={ctx} title={ctx.t('แม่แบบหนังสือแจ้งเตือน', 'Warning letter template')}>
      {props.saved && <p class="ok">{ctx.t('บันทึกแล้ว', 'Saved')}</p>}
      <p class="muted">
        {ctx.t('ใช้ตัวแทนต่อไปนี้ได้:', 'Placeholders you can use:')} {PLACEHOLDERS.join(' ')}
      </p>
      <form
        method="post"
        action={ctx.href('/province/template', { province: props.province })}
        class="template"
      >
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {field('refNo', 'ที่', 'Reference number', false)}
        {field('officeLines', 'ส่วนราชการเจ้าของหนังสือ (บรรทัดละหนึ่งรายการ)', 'Office (one line each)', true, 2)}
        {field('subject', 'เรื่อง', 'Subject', false)}
        {field('salutation', 'เรียน', 'To', false)}
        {field('reference', 'อ้างถึง', 'Reference', false)}
        {field('body', 'ข้อความ (ย่อหน้าละบรรทัด)', 'Body (one paragraph a line)', true, 8)}
        {field('closing', 'คำลงท้าย', 'Closing', false)}
        {field('signerName', 'ชื่อผู้ลงนาม', 'Signer', false)}
        {field('signerTitleLines', 'ตำแหน่งผู้ลงนาม', 'Signer title lines', true, 2)}
        {field('contactLines', 'ส่วนราชการเจ้าของเรื่อง / โทร.', 'Contact lines', true, 3)}
        <button type="submit">{ctx.t('บันทึกแม่แบบ', 'Save template')}</button>
      </form>
    </Layout>
  );
}

export function ChooseProvincePage(props: { ctx: PageContext; action: string }) {
  return (
    <Layout ctx={props.ctx} title={props.ctx.t('แม่แบบหนังสือแจ้งเตือน', 'Warning letter template')}>
      <ProvinceChooser ctx={props.ctx} action={props.action} />
    </Layout>
  );
}
