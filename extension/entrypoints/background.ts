import { defineBackground } from '#imports';

// The background will own the agent connection (issue #4); for now it only marks the build as alive.
export default defineBackground(() => {
  console.info('LHR Assist background started');
});
