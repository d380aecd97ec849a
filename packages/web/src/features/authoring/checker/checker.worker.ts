/// <reference lib="webworker" />
import { checkScenario } from './checkScenario';
import type { CheckerRequest, CheckerResponse, CheckerSetup } from './checkTypes';

// The checker runs here, off the main thread, so typing never waits for the analysis.
let setup: CheckerSetup | undefined;

self.onmessage = (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  if (message.type === 'setup') {
    setup = message.setup;
    return;
  }
  const reply = (response: CheckerResponse) => (self as unknown as Worker).postMessage(response);
  if (!setup) {
    reply({ type: 'failed', id: message.id, message: 'the checker has no rubric yet' });
    return;
  }
  const started = performance.now();
  const result = checkScenario(message.text, setup);
  reply({ type: 'result', id: message.id, result, ms: performance.now() - started });
};
