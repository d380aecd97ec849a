/**
 * A generated scenario for the benchmark: one beat whose `stay` choice loops back to itself, so a run
 * can take any number of choices without ending; `leave` reaches the ending so the scenario validates.
 */
export const loopScenarioYaml = `id: bench-loop
version: 1.0.0
title: Benchmark loop
summary: A generated conversation that never has to end, for load tests.
trainee: advocate
estimatedMinutes: 1
contentNotes: [none]
objectives: [Keep talking.]
cast:
  sam: { name: Sam, role: survivor }
meters:
  trust: { initial: 50 }
start: talk
phases:
  talking:
    title: Talking
    beats:
      talk:
        lines:
          - { speaker: sam, text: ["Go on.", "I am listening.", "Yes?"] }
        choices:
          - id: stay
            text: Tell me more, if you want to.
            verdict: best
            evidence: { choice: 1 }
            effects: { meters: { trust: 1 } }
            feedback: Leaving the pace to her.
            next: talk
          - id: leave
            text: We can stop here.
            verdict: acceptable
            evidence: { choice: 0 }
            feedback: Stopping is fine too.
            next: done
endings:
  done: { title: Done, outcome: positive, debrief: The conversation ended when she chose. }
`;
