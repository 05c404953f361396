/**
 * Runs an import off the window's thread, start to finish (see
 * bundle-worker-core.ts): neither a 100,000-claim file nor its commit
 * freezes the window. One worker per import; the window ends it.
 */
/// <reference lib="webworker" />
import { handleBundleRequest, type BundleWorkerState } from './bundle-worker-core';
import type { BundleWorkerRequest } from './bundle-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const state: BundleWorkerState = { db: null, prepared: null };

scope.onmessage = (e: MessageEvent<BundleWorkerRequest>) => {
  void handleBundleRequest(state, e.data, (m, transfer = []) => scope.postMessage(m, transfer));
};
