import { useState } from 'preact/hooks';
import { ReadinessPanel } from '../../report/readiness-panel';
import type { AssistSession, AssistState } from '../assist-session';
import { readinessActions } from '../readiness/readiness-actions';
import { readinessOpen } from '../readiness/readiness-client';

/** The site's staff search (ค้นหาบุคลากร), where the jump lands: its menu link, else the practice site's page. */
function staffListUrl(doc: Document): string {
  const link = Array.from(doc.querySelectorAll('a')).find((a) => a.textContent?.includes('ค้นหาบุคลากร'));
  return link?.href || new URL('staff-list.aspx', doc.location.href).href;
}

/**
 * The whole-register checklist in the guard on "รับรองระดับ อปท.": per person, with a jump to each; going on with
 * items open needs the officer's explicit tick, which the background records. The extension never clicks the button.
 */
export function ReadinessGuard({ session, state }: { session: AssistSession; state: AssistState }) {
  const [ticked, setTicked] = useState(false);
  const [busy, setBusy] = useState(false);
  const r = state.readiness;
  if (r === 'pending') return <p data-testid="readiness-pending">กำลังตรวจทะเบียนทั้ง อปท. … (checking)</p>;
  if (r === null) {
    if (!state.readinessError) return null;
    return (
      <p class="warn" data-testid="readiness-unavailable" data-code={state.readinessError.code}>
        ตรวจทะเบียนทั้ง อปท. ไม่ได้: เข้าสู่ระบบหรือปลดล็อกใน LHR Assist ก่อน (log in or unlock to check the whole
        register)
      </p>
    );
  }
  const open = readinessOpen(r);
  const jump = async (citizenId: string) => {
    await readinessActions.jump(citizenId);
    session.doc.location.assign(staffListUrl(session.doc));
  };
  const proceed = async () => {
    setBusy(true);
    const answer = await readinessActions.acknowledge();
    setBusy(false);
    if (!answer.ok) {
      session.set({ readinessError: answer.error });
      return;
    }
    session.set({ readiness: answer.view });
    session.acknowledgeGuard();
  };
  return (
    <div data-testid="readiness-guard" data-acknowledged-at={r.acknowledgedAt ?? ''}>
      <ReadinessPanel
        model={r.model}
        onJump={(id) => void jump(id)}
        onPrint={() => void readinessActions.openReport()}
        onCancel={() => session.reset()}
        {...(open > 0 && ticked && !busy ? { onProceed: () => void proceed() } : {})}
      />
      {open > 0 && (
        <label class="warn">
          <input
            type="checkbox"
            data-testid="readiness-ack"
            checked={ticked}
            onChange={(e) => setTicked(e.currentTarget.checked)}
          />{' '}
          ข้าพเจ้ารับทราบว่ายังมี {open} รายการค้าง และจะรับรองทั้งที่ยังไม่ครบ ซึ่งจะถูกบันทึกไว้ (I understand {open} items are
          open and certify anyway; this is recorded)
        </label>
      )}
    </div>
  );
}

// shown inside the guard panel (guard-panel.tsx); it comes in its own script (entrypoints/feature-readiness-guard.ts)
ReadinessGuard.inGuard = true;
