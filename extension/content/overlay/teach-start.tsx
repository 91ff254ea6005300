import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/messages';
import type { AssistSession } from '../assist-session';
import { loadFeature } from '../features/lazy-feature';

/**
 * The "สอนระบบ" button: teach mode's code (overlay/teach-panel.tsx and content/teach/) is its own script, loaded at
 * the first press; its panel then takes this button's place and starts picking.
 */
export function TeachStart({ session, lang }: { session: AssistSession; lang: Lang }) {
  const [loading, setLoading] = useState(false);
  const start = async () => {
    setLoading(true);
    try {
      const feature = await loadFeature('teach', 'feature-teach');
      await feature.init(session, new AbortController().signal);
    } finally {
      setLoading(false);
    }
  };
  return (
    <div class="teach">
      <button
        type="button"
        class="link"
        data-testid="teach-start"
        disabled={loading}
        onClick={() => void start()}
      >
        {lang === 'th' ? 'สอนระบบ' : 'Teach'}
      </button>
    </div>
  );
}
