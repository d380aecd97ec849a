import type { View, ViewChoice, ViewLine } from '@doorway/engine';
import { linesToTranscript } from '../../lib/contentLang';
import type { ChoiceResponse, RunResponse } from '../../lib/types';

/**
 * The run after a successful choice: the trainee's words, then the reactions and the new beat's
 * lines, appended to the transcript (unless the server already put the trainee's words first).
 * The texts still in English move with them (`view.lines.0.text` → `transcript.14.text`), so the
 * player keeps marking them `lang="en"`.
 *
 * @example
 * queryClient.setQueryData(keys.run(id), (old) => old && appendChoice(old, choice, response));
 */
export function appendChoice(run: RunResponse, choice: ViewChoice, response: ChoiceResponse): RunResponse {
  const own: ViewLine = { kind: 'trainee', text: choice.text };
  const echoed = response.view.lines[0]?.kind === 'trainee';
  const at = run.transcript.length;
  const chosen = run.view.choices.findIndex((c) => c.id === choice.id);
  const ownEnglish = !echoed && (run.inEnglish ?? []).includes(`view.choices.${chosen}.text`);
  const inEnglish = [
    ...transcriptPaths(run.inEnglish),
    ...(ownEnglish ? [`transcript.${at}.text`] : []),
    ...linesToTranscript(response.inEnglish, at + (echoed ? 0 : 1)),
    ...(response.inEnglish ?? []).filter((p) => p.startsWith('view.') || p.startsWith('feedback.')),
  ];
  return {
    ...run,
    run: { ...run.run, status: response.view.ended ? 'ended' : run.run.status },
    view: response.view,
    transcript: [...run.transcript, ...(echoed ? [] : [own]), ...response.view.lines],
    feedback: response.feedback,
    decisions: response.view.decisions,
    ...languageFields(response.lang ?? run.lang, inEnglish),
  };
}

/**
 * The run showing another view (after a rewind, before the transcript is fetched again): the
 * transcript's English texts stay, the view's are the new answer's.
 *
 * @example
 * setRun((old) => withView(old, result.value.view, result.value.inEnglish));
 */
export function withView(run: RunResponse, view: View, viewInEnglish: string[] | undefined): RunResponse {
  const inEnglish = [
    ...transcriptPaths(run.inEnglish),
    ...(viewInEnglish ?? []).filter((p) => p.startsWith('view.')),
  ];
  return { ...run, view, feedback: undefined, ...languageFields(run.lang, inEnglish) };
}

function transcriptPaths(inEnglish: string[] | undefined): string[] {
  return (inEnglish ?? []).filter((p) => p.startsWith('transcript.'));
}

/** English runs answer without `lang` and `inEnglish`: keep their cache entry the same shape. */
function languageFields(lang: string | undefined, inEnglish: string[]) {
  return lang === undefined ? {} : { lang, inEnglish };
}
