/** Debian's Chromium and the flags the project's Playwright config uses, for the bench and its smoke test. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Launch options for the harness's profiles on disk (see `Harness.profiles`). */
export const BENCH_PROFILES = { ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS };
