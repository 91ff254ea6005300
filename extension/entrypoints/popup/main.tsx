import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import { setEnglishMessages } from '../../i18n/messages';
import { EN_FIELD_LABELS, EN_MESSAGES } from '../../i18n/messages-en';

// The popup is an extension page: its English is there from the start (the content script loads it on demand).
setEnglishMessages(EN_MESSAGES, EN_FIELD_LABELS);

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
