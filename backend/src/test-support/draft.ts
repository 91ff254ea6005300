import type { DraftData } from '../../../shared/protocol/sync';

/** A draft that matches the `drafts` schema, told apart by its title. */
export function draft(title: string): DraftData {
  return {
    site: 'https://lhr.example',
    form: 'kp7/person',
    recordKey: 'new',
    title,
    fields: [{ key: 'firstName', value: title }],
    savedAt: '2026-12-01T09:00:00.000Z',
  };
}
