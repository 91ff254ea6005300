import { setTimeout as sleep } from '../../utils/sleep';
import type { FormControl } from '../detect/detected-field';
import type { FillStep } from './fill-plan';
import { findOption, findRadio } from './match-option';
import { sameValue } from './same-value';
import { checkRadio, readControl, setControlValue } from './set-value';

export type SkipReason = 'userValue' | 'noOption' | 'dependencyTimeout' | 'notSticky';

export interface FillOutcome {
  step: FillStep;
  status: 'filled' | 'skipped' | 'failed';
  reason?: SkipReason;
  /** what the control was set to (the option value for selects) */
  written?: string;
}

export interface FillResult {
  outcomes: FillOutcome[];
  /** from the first to the last value written, without the read-back wait */
  fillMs: number;
  /** puts every touched control back as it was, in reverse order */
  undo(): void;
}

interface Previous {
  el: FormControl;
  value: string;
  group?: readonly HTMLInputElement[];
}

async function waitForOption(
  select: HTMLSelectElement,
  find: () => HTMLOptionElement | null,
  timeoutMs: number,
) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const option = select.disabled ? null : find();
    if (option || performance.now() > deadline) return option;
    await sleep(40);
  }
}

/**
 * Fills the steps in page order with real events, then reads every value back at once and again after
 * `recheckMs` (pages that rewrite or clear values after a fill are caught). Never submits anything.
 */
export async function runFill(
  steps: readonly FillStep[],
  options: { overwrite: boolean; dependencyTimeoutMs?: number; recheckMs?: number },
): Promise<FillResult> {
  const started = performance.now();
  const outcomes: FillOutcome[] = [];
  const previous: Previous[] = [];
  for (const step of steps) {
    const { field, value } = step;
    const el = field.element;
    if (
      step.current !== '' &&
      !options.overwrite &&
      !sameValue(field.type ?? 'firstName', value.text, step.current)
    ) {
      outcomes.push({ step, status: 'skipped', reason: 'userValue' });
      continue;
    }
    const type = field.type ?? 'firstName';
    if (field.group) {
      const radio = findRadio(field.group, value);
      if (!radio) {
        outcomes.push({ step, status: 'failed', reason: 'noOption' });
        continue;
      }
      previous.push({ el, value: readControl(el, field.group), group: field.group });
      checkRadio(radio);
      outcomes.push({ step, status: 'filled', written: radio.value });
      continue;
    }
    if (el instanceof HTMLSelectElement) {
      const find = () => findOption(el, value, type);
      const option = field.dependsOn
        ? await waitForOption(el, find, options.dependencyTimeoutMs ?? 5000)
        : find();
      if (!option) {
        outcomes.push({ step, status: 'failed', reason: field.dependsOn ? 'dependencyTimeout' : 'noOption' });
        continue;
      }
      previous.push({ el, value: el.value });
      setControlValue(el, option.value);
      outcomes.push({ step, status: 'filled', written: option.value });
      continue;
    }
    previous.push({ el, value: el.value });
    setControlValue(el, value.text);
    outcomes.push({ step, status: 'filled', written: value.text });
  }

  const fillMs = performance.now() - started;
  const check = () => {
    for (const o of outcomes) {
      if (o.status !== 'filled' || o.written === undefined) continue;
      const actual = readControl(o.step.field.element, o.step.field.group);
      if (!sameValue(o.step.field.type ?? 'firstName', o.written, actual)) {
        o.status = 'failed';
        o.reason = 'notSticky';
      }
    }
  };
  check();
  await sleep(options.recheckMs ?? 500);
  check();

  return {
    outcomes,
    fillMs,
    undo() {
      for (const p of [...previous].reverse()) {
        if (p.group) {
          const radio = p.group.find((r) => r.value === p.value);
          if (radio) checkRadio(radio);
          else for (const r of p.group) r.checked = false;
        } else {
          setControlValue(p.el, p.value);
        }
      }
    },
  };
}
