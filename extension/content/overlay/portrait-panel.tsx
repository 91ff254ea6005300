import type { FeaturePanel } from '../assist-session';
import { readCardWithPhoto } from '../features/portrait-photo';
import { ft } from './forms-text';

/** The ปลัด registry's card read with the photo, and what became of the photo (stays up after the fill). */
export const PortraitPanel: FeaturePanel = ({ session, state, lang }) => (
  <>
    {state.phase === 'idle' && state.portraitForm && (
      <button type="button" data-testid="read-card-photo" onClick={() => readCardWithPhoto(session)}>
        {ft(lang, 'portraitRead')}
      </button>
    )}
    {state.portrait && (
      <div data-testid="portrait" data-width={state.portrait.width} data-height={state.portrait.height}>
        <p>{ft(lang, 'portraitDone', { w: state.portrait.width, h: state.portrait.height })}</p>
        {state.portrait.lowResolution && (
          <p class="warn" data-testid="portrait-low">
            {ft(lang, 'portraitLow')}
          </p>
        )}
      </div>
    )}
  </>
);
PortraitPanel.anyPhase = true;
