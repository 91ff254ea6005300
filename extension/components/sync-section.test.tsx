import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../shared/protocol/runtime';

const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));
const { SyncSection } = await import('./sync-section');

const status = (loggedIn: boolean): { ok: true; sync: SyncStatus } => ({
  ok: true,
  sync: { loggedIn, locked: false, pending: 0, conflicts: 0, lastSync: null, lastError: null },
});
/** A promise and the function that settles it: answers arrive when the test says so. */
const later = <T,>() => {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
};
const section = () => screen.getByTestId('sync');
const logIn = () => {
  fireEvent.input(screen.getByTestId('backend-user'), { target: { value: 'officer-a' } });
  fireEvent.input(screen.getByTestId('backend-password'), { target: { value: 'secret' } });
  fireEvent.submit(screen.getByTestId('backend-login').closest('form') as HTMLFormElement);
};

describe('the popup’s sync login', () => {
  afterEach(() => {
    cleanup();
    sendMessage.mockReset();
  });

  it('keeps the login’s answer when a status poll sent before the click answers after it', async () => {
    const firstPoll = later<unknown>();
    const login = later<unknown>();
    sendMessage.mockImplementation((m: { type: string }) =>
      m.type === 'backend.login' ? login.promise : firstPoll.promise,
    );
    render(<SyncSection lang="th" />);
    logIn();
    await act(async () => login.settle(status(true)));
    await waitFor(() => expect(section().dataset.loggedIn).toBe('true'));
    await act(async () => {
      firstPoll.settle(status(false));
      // let the late answer travel through every await it has to pass
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(section().dataset.loggedIn).toBe('true');
  });

  it('shows that it is working while the login runs, and an error with its code when the background never answers', async () => {
    const login = later<unknown>();
    sendMessage.mockImplementation((m: { type: string }) =>
      m.type === 'backend.login' ? login.promise : Promise.resolve(status(false)),
    );
    render(<SyncSection lang="th" />);
    logIn();
    await waitFor(() => expect(section().dataset.busy).toBe('true'));
    expect(screen.getByTestId('backend-login').hasAttribute('disabled')).toBe(true);
    // the worker restarted while the login was on its way: sendMessage fails instead of answering
    await act(async () => {
      login.settle(Promise.reject(new Error('The message port closed before a response was received.')));
    });
    await waitFor(() => expect(section().textContent).toContain('(BACKGROUND_UNAVAILABLE)'));
    expect(section().dataset.busy).toBe('false');
  });

  it('turns an answer of the wrong shape into the same error rather than a silent nothing', async () => {
    sendMessage.mockImplementation((m: { type: string }) =>
      m.type === 'backend.login' ? Promise.resolve(undefined) : Promise.resolve(status(false)),
    );
    render(<SyncSection lang="en" />);
    logIn();
    await waitFor(() => expect(section().textContent).toContain('(BACKGROUND_UNAVAILABLE)'));
  });
});
