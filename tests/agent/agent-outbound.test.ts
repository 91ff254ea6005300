import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('AC-A13 no outbound network path', () => {
  it('agent sources open no network connections except the CLI talking to its own 127.0.0.1 agent', () => {
    const root = join(import.meta.dirname, '../../agent/src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const outbound = [
      /\bfetch\(/,
      /from 'node:(https|net|dgram|tls|http2)'/,
      /import \{[^}]*\b(request|get)\b[^}]*\} from 'node:http'/,
      /\bcreateConnection\(/,
      /\bhttps?\.(request|get)\(/,
      /\bnew WebSocket\(/,
      /shared\/sync\/backend-fetch/,
    ];
    const offenders = files.filter((f) =>
      outbound.some((re) => re.test(readFileSync(join(root, f), 'utf8'))),
    );
    // The CLI talks to its own agent on 127.0.0.1; the backend link sends audit events (never card data) to the one
    // sync server the officer configured.
    expect(offenders.sort()).toEqual(['backend/backend-link.ts', 'cli/admin-client.ts']);
    const link = readFileSync(join(root, 'backend/backend-link.ts'), 'utf8');
    expect(link.match(/https?:\/\/[^`'"\]]+/g) ?? []).toEqual([]);
    expect(link).not.toMatch(/from '\.\.\/card|CardText|CardRecord|photo/);
    const admin = readFileSync(join(root, 'cli/admin-client.ts'), 'utf8');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected text is the template literal in the source
    expect(admin.match(/https?:\/\/[^`'"]+/g)).toEqual(['http://127.0.0.1:${port}/admin']);
  });
});
