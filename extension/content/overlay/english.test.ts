import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EN_MESSAGES } from '../../i18n/messages-en';

const loadFeature = vi.fn();
vi.mock('../features/lazy-feature', () => ({ loadFeature }));

describe('the overlay’s English, loaded on demand', () => {
  beforeEach(() => {
    vi.resetModules();
    loadFeature.mockReset();
  });

  it('is Thai until the English script has come, then English, loaded once', async () => {
    const { t } = await import('../../i18n/messages');
    const { loadEnglish } = await import('./english');
    expect(t('en', 'readCard')).toBe('อ่านบัตร');
    loadFeature.mockResolvedValue({ id: 'english', messages: EN_MESSAGES });
    expect(await loadEnglish()).toBe(true);
    expect(await loadEnglish()).toBe(true);
    expect(t('en', 'waitingCard')).toBe(EN_MESSAGES.waitingCard);
    expect(t('th', 'readCard')).toBe('อ่านบัตร');
    expect(loadFeature).toHaveBeenCalledTimes(1);
  });

  it('stays Thai when the script cannot be loaded', async () => {
    const { t } = await import('../../i18n/messages');
    const { loadEnglish } = await import('./english');
    loadFeature.mockRejectedValue(new Error('feature script feature-english was not loaded'));
    expect(await loadEnglish()).toBe(false);
    expect(t('en', 'readCard')).toBe('อ่านบัตร');
    // a script that came without its messages
    loadFeature.mockResolvedValue({ id: 'english' });
    expect(await loadEnglish()).toBe(false);
    expect(t('en', 'readCard')).toBe('อ่านบัตร');
  });
});
