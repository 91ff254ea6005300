import { render } from 'preact';
import { ImportApp } from '../../components/import/import-app';

const root = document.getElementById('app');
if (root) render(<ImportApp />, root);
