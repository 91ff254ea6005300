import type { FeaturePanel } from '../assist-session';
import { ft } from './forms-text';

/** A form's standing notes (e.g. INFO08's fiscal-year rule), shown in every phase. */
export const FormNotes: FeaturePanel = ({ state, lang }) =>
  state.formNotes.map((key) => (
    <p key={key} class="muted" data-testid="form-note" data-note={key}>
      {ft(lang, key)}
    </p>
  ));
FormNotes.anyPhase = true;
