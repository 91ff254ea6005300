/**
 * After "รับรองระดับ อปท." the site shows the certifications done so far under "ประวัติการรับรองข้อมูล", the
 * time in Thai time (BE) as LHR prints it; the rows are locked ("รับรองแล้ว").
 */
export function certifiedPage(html: string, certifications: Date[]): string {
  certifications.push(new Date());
  const stamp = (d: Date) => {
    const t = new Date(d.getTime() + 7 * 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear() + 543} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
  };
  const rows = certifications
    .map(
      (d, i) => `<tr><td>${i + 1}</td><td>${stamp(d)}</td><td>นักทรัพยากรบุคคล</td><td>รับรองระดับ อปท.</td></tr>`,
    )
    .join('');
  return html
    .replace('ยังไม่รับรอง', 'รับรองแล้ว')
    .replace(/<input type="submit"[^>]*btnCertify[^>]*>/, '')
    .replace(
      '</form>',
      `</form><div class="content"><p class="ok">รับรองข้อมูลระดับ อปท. เรียบร้อยแล้ว</p><h3>ประวัติการรับรองข้อมูล</h3>
<table class="grid" id="ctl00_ContentPlaceHolder1_gvHistory"><tr><th>ครั้งที่</th><th>วันที่รับรอง</th><th>ผู้รับรอง</th><th>การดำเนินการ</th></tr>${rows}</table></div>`,
    );
}
