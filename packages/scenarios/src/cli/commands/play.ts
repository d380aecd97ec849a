import {
  applyStep,
  type Choice,
  feedbackFor,
  type Mode,
  offeredChoices,
  type RunState,
  report,
  startRun,
  viewOf,
} from '@doorway/engine';
import { renderDebrief } from '../../play/render-debrief';
import { renderLine } from '../../play/render-line';
import type { CliIo, Command } from '../cli-io';
import { parseOptions } from '../parse-options';
import { resolveScenario } from '../resolve-scenario';

const MODES: Mode[] = ['coach', 'practice', 'assessment'];

export const playCommand: Command = {
  summary: 'play a scenario in the terminal (interactive, or scripted with --choices)',
  usage: [
    'Usage: doorway play <id or file> [--mode coach|practice|assessment] [--seed N] [--choices 1,2,1]',
    '',
    'Shows each beat, numbers the choices and reads your pick. In coach mode the feedback follows each',
    'choice; in every mode the debrief follows the ending. Type q to stop.',
    '',
    'Options:',
    '  --mode <mode>      coach (default), practice or assessment',
    '  --seed <N>         the run seed (picks among authored variants; default 1)',
    '  --choices <list>   play these option numbers in order without asking (for scripts and tests);',
    '                     exits 1 if they run out before an ending',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, {
      mode: { type: 'string' },
      seed: { type: 'string' },
      choices: { type: 'string' },
    });
    if (!parsed.ok) return usageError(io, parsed.error);
    const { values, positionals } = parsed.value;
    const mode = (values.mode ?? 'coach') as Mode;
    if (!MODES.includes(mode)) return usageError(io, `--mode must be one of ${MODES.join(', ')}`);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) return usageError(io, '--seed must be a whole number');
    const script =
      typeof values.choices === 'string' ? values.choices.split(',').map((s) => s.trim()) : undefined;
    const [target] = positionals;
    if (target === undefined) return usageError(io, 'name a scenario id or file');
    const resolved = resolveScenario(target, io);
    if (!resolved) return 1;
    const { compiled } = resolved;

    io.out(
      `${compiled.scenario.title} (${compiled.scenario.id} ${compiled.scenario.version}), ${mode} mode, seed ${seed}`,
    );
    io.out(`Content notes: ${compiled.scenario.contentNotes.join('; ')}`);
    let state: RunState = startRun(compiled, { seed, mode });
    let lastHeading = '';
    while (state.status === 'active') {
      const view = viewOf(compiled, state);
      const heading = `== ${view.beat.phaseTitle}${view.beat.title ? `: ${view.beat.title}` : ''} ==`;
      if (heading !== lastHeading) io.out(heading);
      lastHeading = heading;
      if (view.beat.contentNote) io.out(`(Content note: ${view.beat.contentNote})`);
      for (const line of view.lines) io.out(renderLine(line));
      if (mode === 'coach' && view.affect) io.out(`(coach: ${view.affect.describe})`);
      const offered = offeredChoices(compiled, state);
      for (const [i, c] of offered.entries()) io.out(`  ${i + 1}. ${c.action ? '[action] ' : ''}${c.text}`);
      const choice = await readChoice(offered, io, script);
      if (choice === 'quit') {
        io.out('Stopped.');
        return script ? 1 : 0;
      }
      if (choice === 'bad-script') return 2;
      io.out(`> You: ${choice.text}`);
      const next = applyStep(compiled, state, { kind: 'choice', beatId: state.beatId, choiceId: choice.id });
      if (!next.ok) {
        io.err(next.error.message);
        return 1;
      }
      if (mode === 'coach') {
        const f = feedbackFor(compiled, state.beatId, choice.id, state);
        io.out(`  -> ${f.verdict}${f.critical ? ' (critical)' : ''}: ${f.text}`);
        if (f.best) io.out(`     Best here: "${f.best.text}"`);
        io.out(`     Sources: ${f.sources.join(', ')}`);
      }
      state = next.value;
    }
    const ended = viewOf(compiled, state);
    for (const line of ended.lines) io.out(renderLine(line));
    for (const line of renderDebrief(report(compiled, state))) io.out(line);
    return 0;
  },
};

async function readChoice(
  offered: Choice[],
  io: CliIo,
  script: string[] | undefined,
): Promise<Choice | 'quit' | 'bad-script'> {
  if (script) {
    const answer = script.shift();
    if (answer === undefined) {
      io.out('(the scripted choices ran out before an ending)');
      return 'quit';
    }
    const picked = offered[Number(answer) - 1];
    if (!/^\d+$/.test(answer) || !picked) {
      io.err(`doorway play: "${answer}" is not one of the options 1-${offered.length}`);
      return 'bad-script';
    }
    return picked;
  }
  for (;;) {
    const answer = (await io.ask?.(`Choose 1-${offered.length} (q to stop): `))?.trim();
    if (answer === undefined || answer === 'q') return 'quit';
    const picked = /^\d+$/.test(answer) ? offered[Number(answer) - 1] : undefined;
    if (picked) return picked;
    io.out(`Type a number from 1 to ${offered.length}, or q.`);
  }
}

function usageError(io: CliIo, message: string): number {
  io.err(`doorway play: ${message}`);
  return 2;
}
