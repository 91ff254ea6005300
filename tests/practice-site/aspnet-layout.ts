/** The frame every server-rendered practice page shares: header, menu, one ASP.NET form with postback fields. */
export const MENU: ReadonlyArray<[string, string]> = [
  ['menu.html', 'หน้าหลัก'],
  ['staff-list.aspx', 'ค้นหาบุคลากร'],
  ['kp7-personal.html', 'ข้อมูลส่วนตัว (ข้าราชการ)'],
  ['kp7-personal-teacher.html', 'ข้าราชการครู'],
  ['kp7-personal-permanent.html', 'ลูกจ้างประจำ'],
  ['kp7-personal-contract.html', 'พนักงานจ้าง'],
  ['kp7-address.html', 'ที่อยู่'],
  ['kp7-education.aspx', 'การศึกษา'],
  ['kp7-position.aspx', 'ตำแหน่งและเงินเดือน'],
  ['kp7-decoration.aspx', 'เครื่องราชฯ'],
  ['kp7-leave.aspx', 'วันลา'],
  ['kp7-training.aspx', 'ฝึกอบรม'],
  ['kp7-discipline.aspx', 'วินัย'],
  ['kp7-standing.aspx', 'วิทยฐานะ'],
  ['kp7-licence.aspx', 'ใบอนุญาตฯ'],
  ['certify.html', 'รับรองข้อมูล'],
  ['login.html', 'ออกจากระบบ'],
];

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The name an ASP.NET control gets inside the content placeholder. */
export const aspName = (id: string) => `ctl00$ContentPlaceHolder1$${id}`;
export const aspId = (id: string) => `ctl00_ContentPlaceHolder1_${id}`;

export function layout(options: { title: string; action: string; body: string }): string {
  const menu = MENU.map(([href, label]) => `<a href="${href}">${label}</a>`).join('');
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(options.title)} - ระบบศูนย์บริการข้อมูลบุคลากรท้องถิ่นแห่งชาติ</title>
<link rel="stylesheet" href="style.css"></head><body>
<div class="header">ระบบศูนย์บริการข้อมูลบุคลากรท้องถิ่นแห่งชาติ (LHR) <small>เว็บไซต์ฝึกใช้งาน — practice site, not the real system</small></div>
<div class="menu">${menu}</div>
<form name="aspnetForm" method="post" action="${options.action}" id="aspnetForm">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAgIBDxYCHgdWaXNpYmxlaGRk">
<script type="text/javascript">
function __doPostBack(eventTarget, eventArgument) {
  var theForm = document.forms['aspnetForm'];
  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
    theForm.__EVENTTARGET.value = eventTarget;
    theForm.__EVENTARGUMENT.value = eventArgument;
    theForm.submit();
  }
}
</script>
<div class="content">${options.body}</div>
</form>
<script src="site.js"></script>
</body></html>`;
}

/** Reads the practice "session": the person picked on the staff list (a cookie, like the real site's session). */
export function selectedPid(cookieHeader: string | undefined): number | null {
  const m = /(?:^|;\s*)lhr_pid=(\d+)/.exec(cookieHeader ?? '');
  return m ? Number(m[1]) : null;
}
