import type { ViewChoice, ViewLine } from '@doorway/engine';
import type { ChoiceResponse, RunResponse } from '../../lib/types';

/**
 * The run after a successful choice: the trainee's words, then the reactions and the new beat's
 * lines, appended to the transcript (unless the server already put the trainee's words first).
 *
 * @example
 * queryClient.setQueryData(keys.run(id), (old) => old && appendChoice(old, choice, response));
 */
export function appendChoice(run: RunResponse, choice: ViewChoice, response: ChoiceResponse): RunResponse {
  const own: ViewLine = { kind: 'trainee', text: choice.text };
  const echoed = response.view.lines[0]?.kind === 'trainee';
  return {
    ...run,
    run: { ...run.run, status: response.view.ended ? 'ended' : run.run.status },
    view: response.view,
    transcript: [...run.transcript, ...(echoed ? [] : [own]), ...response.view.lines],
    feedback: response.feedback,
    decisions: response.view.decisions,
  };
}
