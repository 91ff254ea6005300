import type { FeaturePanel } from '../assist-session';
import { noticeText } from './notice-text';

/** How many people of a staff list the register now knows (the staff-list feature's panel, in its own script). */
export const ListedNotice: FeaturePanel = ({ state, lang }) =>
  state.listed ? (
    <p data-testid="listed" data-seen={state.listed.seen} data-added={state.listed.added}>
      {noticeText(lang, 'listed', { seen: state.listed.seen, added: state.listed.added })}
    </p>
  ) : null;
ListedNotice.anyPhase = true;
