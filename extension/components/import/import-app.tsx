import { useState } from 'preact/hooks';
import {
  applyMapping,
  type ColumnMapping,
  IMPORT_PROBLEM_LABELS,
  ImportField,
  type ImportPlan,
  type ImportResult,
  planWorkbook,
  readWorkbookGrid,
  type WorkbookGrid,
} from '../../../shared/register/import';
import { it } from './import-text';
import { sendImport } from './send-import';

type Done = { added: number; updated: number } | { error: string };

/**
 * The register import page: pick a spreadsheet, check (and correct) the suggested column mapping, look at the
 * preview and its problem rows, then send the people to the register with a progress bar. Runs in an extension page
 * (the background takes imports only from there); the file never leaves this computer except through sync.
 */
export function ImportApp() {
  const [workbook, setWorkbook] = useState<WorkbookGrid | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  const preview = async (wb: WorkbookGrid, p: ImportPlan) => {
    setPlan(p);
    setDone(null);
    setResult(await applyMapping(wb, p, { onProgress: (d, total) => setProgress({ done: d, total }) }));
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUnreadable(false);
    try {
      const wb = readWorkbookGrid(new Uint8Array(await file.arrayBuffer()));
      setWorkbook(wb);
      await preview(wb, planWorkbook(wb));
    } catch {
      setUnreadable(true);
    }
  };
  const remap = (column: ColumnMapping, field: string) => {
    if (!workbook || !plan) return;
    const mapping = plan.mapping.map((m) =>
      m === column ? { ...m, field: field === '' ? null : ImportField.parse(field) } : m,
    );
    void preview(workbook, { ...plan, mapping });
  };
  const commit = async () => {
    if (!result) return;
    const sent = await sendImport(result.people, (d, total) => setProgress({ done: d, total }));
    setDone(
      'error' in sent ? { error: sent.error.code === 'LOCKED' ? it('locked') : sent.error.message } : sent,
    );
  };

  return (
    <main>
      <h1>{it('title')}</h1>
      <label>
        {it('choose')}{' '}
        <input
          type="file"
          data-testid="import-file"
          accept=".xlsx,.xls,.csv"
          onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {unreadable && (
        <p class="problem" data-testid="import-unreadable">
          {it('unreadable')}
        </p>
      )}
      {progress && (
        <p>
          <progress data-testid="import-progress" value={progress.done} max={Math.max(progress.total, 1)} />{' '}
          {progress.done}/{progress.total}
        </p>
      )}
      {plan && (
        <details open>
          <summary>{it('mapping')}</summary>
          <table data-testid="mapping">
            <tbody>
              {plan.mapping.map((m) => (
                <tr key={`${m.sheet}|${m.column}`} data-testid="mapping-row" data-header={m.header}>
                  <td class="muted">{m.sheet}</td>
                  <td>{m.header}</td>
                  <td>
                    <select
                      data-testid="mapping-field"
                      value={m.field ?? ''}
                      onChange={(e) => remap(m, (e.target as HTMLSelectElement).value)}
                    >
                      <option value="">{it('notImported')}</option>
                      {ImportField.options.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {result && (
        <section>
          <p
            data-testid="import-preview"
            data-people={result.people.length}
            data-problems={result.problems.length}
          >
            {it('preview', { people: result.people.length, problems: result.problems.length })}
          </p>
          {result.problems.length > 0 && (
            <table>
              <caption>{it('problems')}</caption>
              <tbody>
                {result.problems.map((p) => (
                  <tr
                    key={`${p.sheet}|${p.row}|${p.column}|${p.code}`}
                    class="problem"
                    data-testid="import-problem"
                    data-code={p.code}
                  >
                    <td>{p.sheet}</td>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td>{IMPORT_PROBLEM_LABELS[p.code].th}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button
            type="button"
            class="primary"
            data-testid="import-commit"
            disabled={result.people.length === 0}
            onClick={() => void commit()}
          >
            {it('commit')}
          </button>
        </section>
      )}
      {done && 'error' in done && (
        <p class="problem" data-testid="import-error">
          {done.error}
        </p>
      )}
      {done && !('error' in done) && (
        <p data-testid="import-done" data-added={done.added} data-updated={done.updated}>
          {it('done', done)}
        </p>
      )}
    </main>
  );
}
