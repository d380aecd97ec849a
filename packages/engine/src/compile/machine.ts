import { assign, setup } from 'xstate';
import { affectOf } from '../runtime/affect';
import { evaluate } from '../runtime/condition';
import { contextOf } from '../runtime/context';
import { applyEffects } from '../runtime/effects';
import type { RuntimeScenario } from '../runtime/runtime-scenario';
import { enterEffects } from '../runtime/transition';
import type { RunState } from '../runtime/types';
import type { Beat, Choice } from '../schema/scenario';

/** The machine's context: the run state fields that guards and actions read. */
export interface MachineContext {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  path: RunState['path'];
  visited: string[];
  firedInterruptions: string[];
  session?: string | undefined;
  /** True right after `next: return`, so a resumed beat does not fire interruptions again. */
  resumed: boolean;
}

export type MachineEvent = { type: 'trainee.choose'; choiceId: string };

type Guard = (args: { context: MachineContext; event: MachineEvent }) => boolean;
type Updater = (context: MachineContext) => Partial<MachineContext>;

/** Context after entering the start beat (session start, `onEnter`), before any interruption. */
export function initialContext(rs: RuntimeScenario): MachineContext {
  const meters: Record<string, number> = {};
  for (const [id, m] of Object.entries(rs.scenario.meters)) meters[id] = m.initial;
  const s = {
    meters,
    flags: { ...rs.scenario.flags },
    visited: [] as string[],
    session: undefined as string | undefined,
  };
  enterEffects(rs, s, rs.scenario.start);
  return { ...s, path: [], firedInterruptions: [], resumed: false };
}

/**
 * Build the XState v5 machine config and its named guards and actions. The conversation region holds
 * phases (compound states) whose `main` child holds the beats (atomic states) and a shallow history
 * node; each interruption is a sibling of `main`, so leaving `main` for it records the beat and
 * `next: return` targets the history node. Endings are final states. The affect region runs in
 * parallel: one state per affect id, moved by `always` transitions guarded on the meters.
 *
 * Guards: `choice:<beat>.<choice>` (the event names the choice and its `when` holds), or
 * `choice:<beat>.<choice>-><target>` per conditional next branch (also tests that branch on the
 * context after the choice's effects); `interrupt:<id>`; `affect:<id>`.
 * Actions: `choose:<beat>.<choice>` (effects and the decision), `enter:<beat>`, `fire:<interruption>`, `resume`.
 */
export function machineParts(rs: RuntimeScenario) {
  const { scenario, index } = rs;
  const guards: Record<string, Guard> = {};
  const updaters: Record<string, Updater> = {};
  const rootId = scenario.id;
  const beatTarget = (id: string) => `#beat:${id}`;

  const chooseUpdate =
    (beatId: string, c: Choice): Updater =>
    (ctx) => {
      const eff = applyEffects(scenario, ctx.meters, ctx.flags, c.effects);
      return { ...eff, path: [...ctx.path, { beatId, choiceId: c.id }], resumed: false };
    };
  const enterUpdate =
    (beatId: string): Updater =>
    (ctx) => {
      const s = { meters: ctx.meters, flags: ctx.flags, visited: ctx.visited, session: ctx.session };
      enterEffects(rs, s, beatId);
      return s;
    };

  const beatNode = (beatId: string, beat: Beat, phaseId: string, inInterruption: string | undefined) => {
    const transitions: Record<string, unknown>[] = [];
    for (const c of beat.choices) {
      const name = `${beatId}.${c.id}`;
      updaters[`choose:${name}`] = chooseUpdate(beatId, c);
      const offered: Guard = ({ context, event }) =>
        event.choiceId === c.id && (!c.when || evaluate(scenario, c.when, contextOf(context)));
      const branches = typeof c.next === 'string' ? [{ to: c.next, when: undefined }] : c.next;
      branches.forEach((b, k) => {
        const guardName = typeof c.next === 'string' ? `choice:${name}` : `choice:${name}->${b.to}#${k}`;
        const when = b.when;
        guards[guardName] = when
          ? (args) =>
              offered(args) &&
              evaluate(
                scenario,
                when,
                contextOf({ ...args.context, ...chooseUpdate(beatId, c)(args.context) }),
              )
          : offered;
        const actions = [`choose:${name}`];
        let target: string;
        if (b.to === 'return') target = `#hist:${phaseId}`;
        else if (index.endings.has(b.to)) target = `#ending:${b.to}`;
        else {
          target = beatTarget(b.to);
          actions.push(`enter:${b.to}`);
          updaters[`enter:${b.to}`] ??= enterUpdate(b.to);
        }
        if (b.to === 'return') actions.push('resume');
        transitions.push({ guard: guardName, target, actions });
      });
    }
    const node: Record<string, unknown> = { id: `beat:${beatId}`, on: { 'trainee.choose': transitions } };
    if (beat.title) node.description = beat.title;
    const ints =
      inInterruption === undefined ? Object.entries(scenario.phases[phaseId]?.interruptions ?? {}) : [];
    if (ints.length > 0) {
      node.always = ints.map(([intId, int]) => ({
        guard: `interrupt:${intId}`,
        target: `#interruption:${intId}`,
        actions: [`fire:${intId}`, `enter:${int.start}`],
      }));
    }
    return node;
  };

  const phases: Record<string, unknown> = {};
  let startPhase = '';
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    const beats: Record<string, unknown> = {};
    for (const [id, beat] of Object.entries(phase.beats)) beats[id] = beatNode(id, beat, phaseId, undefined);
    beats.hist = { id: `hist:${phaseId}`, type: 'history', history: 'shallow' };
    if (phase.beats[scenario.start]) startPhase = phaseId;
    const firstBeat = phase.beats[scenario.start] ? scenario.start : (Object.keys(phase.beats)[0] ?? '');
    const states: Record<string, unknown> = { main: { initial: firstBeat, states: beats } };
    for (const [intId, int] of Object.entries(phase.interruptions ?? {})) {
      const ibeats: Record<string, unknown> = {};
      for (const [id, beat] of Object.entries(int.beats)) ibeats[id] = beatNode(id, beat, phaseId, intId);
      states[intId] = { id: `interruption:${intId}`, initial: int.start, states: ibeats };
      updaters[`fire:${intId}`] = (ctx) => ({
        firedInterruptions: ctx.firedInterruptions.includes(intId)
          ? ctx.firedInterruptions
          : [...ctx.firedInterruptions, intId],
      });
      updaters[`enter:${int.start}`] ??= enterUpdate(int.start);
      guards[`interrupt:${intId}`] = ({ context }) =>
        !context.resumed &&
        !(int.once && context.firedInterruptions.includes(intId)) &&
        evaluate(scenario, int.when, contextOf(context));
    }
    phases[phaseId] = { description: phase.title, initial: 'main', states };
  }
  for (const [id, ending] of Object.entries(scenario.endings)) {
    phases[id] = { id: `ending:${id}`, type: 'final', description: ending.title };
  }
  updaters.resume = () => ({ resumed: true });

  const context = initialContext(rs);
  const regions: Record<string, unknown> = { conversation: { initial: startPhase, states: phases } };
  if (scenario.affect) {
    const states: Record<string, unknown> = {};
    for (const a of scenario.affect.states) {
      guards[`affect:${a.id}`] = ({ context: c }) => affectOf(scenario, c.meters) === a.id;
      states[a.id] = {
        description: a.describe,
        always: scenario.affect.states
          .filter((o) => o.id !== a.id)
          .map((o) => ({ guard: `affect:${o.id}`, target: o.id })),
      };
    }
    regions.affect = { initial: affectOf(scenario, context.meters), states };
  }
  const config = { id: rootId, type: 'parallel', context, states: regions };
  return { config, guards, updaters };
}

/**
 * Compile to an XState v5 machine with `setup({ types, guards, actions })`.
 *
 * @example
 * const { machine, config } = buildMachine(rs); createActor(machine).start();
 */
export function buildMachine(rs: RuntimeScenario) {
  const { config, guards, updaters } = machineParts(rs);
  // Typed loosely on purpose: the action names come from the scenario, and setup() checks the rest.
  const actions: Record<string, unknown> = {};
  for (const [name, update] of Object.entries(updaters)) {
    actions[name] = assign(({ context }: { context: MachineContext }) => update(context));
  }
  const machine = setup({
    types: {} as { context: MachineContext; events: MachineEvent },
    // biome-ignore lint/suspicious/noExplicitAny: names are generated from the scenario, not known statically
    guards: guards as any,
    // biome-ignore lint/suspicious/noExplicitAny: names are generated from the scenario, not known statically
    actions: actions as any,
    // biome-ignore lint/suspicious/noExplicitAny: the config is generated from the scenario
  }).createMachine(config as any);
  return { machine, config: JSON.parse(JSON.stringify(config)) as Record<string, unknown> };
}
