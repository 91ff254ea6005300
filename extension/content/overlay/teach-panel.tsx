import { useEffect, useRef, useState } from 'preact/hooks';
import { FIELD_LABELS, fieldLabel, type Lang } from '../../i18n/messages';
import type { AssistSession } from '../assist-session';
import { pickElement } from '../teach/pick-element';
import { buildPatch, isControl, type TeachAnswer, teach, type Whose } from '../teach/teach';

const tx = (lang: Lang, th: string, en: string) => (lang === 'th' ? th : en);

const WHOSE: Array<[Whose, string, string]> = [
  ['holder', 'ของบุคคลนี้ (เจ้าของบัตร)', 'this person (card holder)'],
  ['person', 'ของคนอื่น', 'someone else'],
  ['organisation', 'ของหน่วยงาน', 'the organisation'],
  ['never', 'ห้ามกรอกเสมอ', 'never fill'],
];

type Step =
  | { at: 'off' }
  | { at: 'picking' }
  | { at: 'form'; el: HTMLElement }
  | { at: 'done'; ok: boolean; proposed: boolean };

/** True until the panel first shows: it comes up after the officer pressed "สอนระบบ" (overlay/teach-start.tsx). */
let startOnMount = true;

/**
 * Teach mode (สอนระบบ): the officer picks a control or button on the page and says what it is; the profile patch
 * applies on this page at once and is offered to the supervisor for approval (docs/autofill.md).
 */
export function TeachPanel({ session, lang }: { session: AssistSession; lang: Lang }) {
  const [step, setStep] = useState<Step>({ at: startOnMount ? 'picking' : 'off' });
  const [type, setType] = useState('firstName');
  const [whose, setWhose] = useState<Whose>('holder');
  const picking = useRef<AbortController | null>(null);
  useEffect(() => {
    // The content script's own "สอนระบบ" button loaded this script: that click starts the first pick.
    if (startOnMount) void start();
    startOnMount = false;
    return () => picking.current?.abort();
  }, []);

  const start = async () => {
    picking.current?.abort();
    const stop = new AbortController();
    picking.current = stop;
    setStep({ at: 'picking' });
    const el = await pickElement(session.doc, stop.signal);
    setStep(el ? { at: 'form', el } : { at: 'off' });
  };
  const save = async (el: HTMLElement, answer: TeachAnswer) => {
    const patch = buildPatch(session, el, answer);
    if (!patch) {
      setStep({ at: 'done', ok: false, proposed: false });
      return;
    }
    const reply = await teach(session, patch).catch(() => null);
    setStep({ at: 'done', ok: true, proposed: reply?.ok === true });
  };

  if (step.at === 'off' || step.at === 'done')
    return (
      <div class="teach">
        {step.at === 'done' && (
          <p data-testid="teach-result" data-ok={String(step.ok)} class={step.ok ? 'muted' : 'warn'}>
            {step.ok
              ? tx(lang, 'บันทึกแล้ว ใช้ทันทีในเครื่องนี้ และส่งให้จังหวัดอนุมัติ', 'Saved: used here now, sent for approval')
              : tx(lang, 'ระบุช่องนี้ไม่ได้ (ไม่มี id/name/ป้ายที่ไม่ซ้ำ)', 'Cannot pin down this element')}
          </p>
        )}
        <button type="button" class="link" data-testid="teach-start" onClick={() => void start()}>
          {tx(lang, 'สอนระบบ', 'Teach')}
        </button>
      </div>
    );
  if (step.at === 'picking')
    return (
      <div class="teach">
        <p data-testid="teach-picking">
          {tx(lang, 'คลิกช่องหรือปุ่มบนหน้าเว็บ (Esc ยกเลิก)', 'Click a field or button (Esc cancels)')}
        </p>
        <button type="button" onClick={() => picking.current?.abort()}>
          {tx(lang, 'ยกเลิก', 'Cancel')}
        </button>
      </div>
    );
  const { el } = step;
  if (!isControl(el))
    return (
      <div class="teach" data-testid="teach-form">
        <p>{tx(lang, 'ปุ่มนี้: ให้ตรวจรายการก่อนกด', 'This button: check the list before it is pressed')}</p>
        <button
          type="button"
          class="primary"
          data-testid="teach-guard"
          onClick={() => void save(el, { kind: 'guard' })}
        >
          {tx(lang, 'ป้องกันปุ่มนี้', 'Guard this button')}
        </button>
        <button type="button" onClick={() => setStep({ at: 'off' })}>
          {tx(lang, 'ยกเลิก', 'Cancel')}
        </button>
      </div>
    );
  return (
    <div class="teach" data-testid="teach-form">
      <label>
        {tx(lang, 'ช่องนี้คือ', 'This field is')}
        <select data-testid="teach-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
          {Object.keys(FIELD_LABELS).map((key) => (
            <option value={key} key={key}>
              {fieldLabel(key, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tx(lang, 'เป็นข้อมูล', 'Whose')}
        <select
          data-testid="teach-whose"
          value={whose}
          onChange={(e) => setWhose(e.currentTarget.value as Whose)}
        >
          {WHOSE.map(([key, th, en]) => (
            <option value={key} key={key}>
              {tx(lang, th, en)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="primary"
        data-testid="teach-save"
        onClick={() => void save(el, { kind: 'field', type: type as never, whose })}
      >
        {tx(lang, 'บันทึก', 'Save')}
      </button>
      <button type="button" onClick={() => setStep({ at: 'off' })}>
        {tx(lang, 'ยกเลิก', 'Cancel')}
      </button>
    </div>
  );
}
