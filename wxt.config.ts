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
    // Public key of the development build only: it fixes the extension id (okenknpdciigdnknbacgjolbbhkngbcb) that the agent pins by default.
    // Store builds get their id from the store; the agent's config lists those ids.
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9LvvbY1wSpHfXYI1wflxZhKnW+imMG/9dkANPtbc57EDDUHEwiSM69+hSUTC55asAllofwXsCZYDMpE4NiIPpSOivTzckxldVzxlAt/DC0Gs6LGRIy4iQdd57fC90Ny2z2JXyD2CP4GTnnkIW6V1292IpW0EHfvC2hx9mYBeq/Q/kbv7QSGLTgD8k5oJ0NR4TlyCOSIkKC4lvPkIfcFOhPDWQdNajS0K3ofFVRDRWHHxNImJEt5afi2gmrpZ5s5gzkEsS08h7ghgP2JtXuHcfgv6gNpN9xQVqywXwO27nUsNRbxsAGxveGhhrwy/p9mh8rKKfDS88Yno60K4vc91tQIDAQAB',
  },
});
