import { describe, expect, it } from 'vitest';
import { checkWebsite } from './website';

describe('checkWebsite (INFO08 เว็บไซต์ อปท.)', () => {
  it.each([
    ['https://www.banmai.go.th', 'https://www.banmai.go.th/'],
    ['www.banmai.go.th', 'https://www.banmai.go.th/'],
    ['  http://banmai.go.th/index.php  ', 'http://banmai.go.th/index.php'],
    ['WWW.NongBua.go.th', 'https://www.nongbua.go.th/'],
  ])('accepts %s', (input, normalized) => {
    expect(checkWebsite(input)).toEqual({ normalized, problem: null, reason: null });
  });

  it.each([
    ['-', 'empty-word'],
    ['--', 'empty-word'],
    ['ไม่มี', 'empty-word'],
    ['N/A', 'empty-word'],
    ['', 'empty-word'],
    ['044-812345', 'phone'],
    ['๐๔๔-๘๑๒๓๔๕', 'phone'],
    ['0 4481 2345 ต่อ 12', 'syntax'],
    ['saraban@banmai.go.th', 'email'],
    ['15.8012, 102.0311', 'coordinates'],
    ['http://203.150.1.2/web', 'ip'],
    ['www.dla.go.th', 'national'],
    ['https://info.dla.go.th/public/', 'national'],
    ['อบต.บ้านใหม่', 'syntax'],
    ['ftp://banmai.go.th', 'syntax'],
  ])('refuses %j as %s', (input, reason) => {
    const r = checkWebsite(input);
    expect(r.problem).toBe('URL_INVALID');
    expect(r.reason).toBe(reason);
  });
});
