import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
