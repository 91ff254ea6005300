// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/load-profiles';
import { detectFields } from '../detect/detect-fields';
import { formRoles } from './form-roles';
import { statusControls } from './status-form';

const page = join(import.meta.dirname, '../../../tests/practice-site/public/forms/status-change.html');

describe('status-change controls', () => {
  it('finds the new-status select and the effective date on the practice page by their labels', () => {
    document.body.innerHTML = readFileSync(page, 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const fields = detectFields(
      document,
      new URL('http://127.0.0.1/forms/status-change.html'),
      bundledProfiles(),
    );
    const controls = statusControls(fields);
    expect(controls?.status.name).toBe('ctl00$ContentPlaceHolder1$ddlStatus');
    expect(controls?.effective?.element.name).toBe('ctl00$ContentPlaceHolder1$txtEffectiveDate');
    expect(formRoles(fields).map((r) => r.role)).toEqual(['orderNo', 'orderDate']);
  });
});
