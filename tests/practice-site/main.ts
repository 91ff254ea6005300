// Serves the practice site on 127.0.0.1 (default port 47380) for the demo and manual testing.
import { createPracticeSite } from './server';

const port = Number(process.env.PRACTICE_PORT ?? 47_380);
createPracticeSite().listen(port, '127.0.0.1', () => {
  console.info(`practice LHR site: http://127.0.0.1:${port}/login.html`);
});
