import { defineConfig } from 'wxt';

// The extension's source lives in extension/ so the repo root can hold agent/, backend/ and shared/ too.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  manifest: {
    name: 'LHR Assist',
    description: 'ผู้ช่วยกรอกข้อมูลบุคลากรท้องถิ่น (LHR) — Thai ID card autofill and checklists',
    minimum_chrome_version: '116',
  },
});
