import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import { useScenarios } from '../../lib/queries';
import type { CreateCourseInput } from './courseTypes';
import { manageKeys } from './manageQueries';
import { moveItem, type StepDraft, toStepInput } from './stepDraft';

let nextKey = 1;
function blankStep(scenarioId = ''): StepDraft {
  return { key: nextKey++, scenarioId, mode: 'practice', passRule: 'none', minScore: '70', dueDate: '' };
}

function StepFields({
  step,
  index,
  count,
  scenarios,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  scenarios: { id: string; title: string }[];
  onChange: (s: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const n = index + 1;
  return (
    <li className="cm-step">
      <fieldset>
        <legend>Step {n}</legend>
        <label htmlFor={`${id}-scenario`}>Scenario for step {n}</label>
        <select
          id={`${id}-scenario`}
          required
          value={step.scenarioId}
          onChange={(e) => onChange({ ...step, scenarioId: e.target.value })}
        >
          <option value="">Choose a scenario</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-mode`}>Mode for step {n}</label>
        <select
          id={`${id}-mode`}
          value={step.mode}
          onChange={(e) => onChange({ ...step, mode: e.target.value as StepDraft['mode'] })}
        >
          <option value="practice">Practice (feedback at the end)</option>
          <option value="assessment">Assessment (no second tries, pass or fail)</option>
        </select>
        <label htmlFor={`${id}-rule`}>Pass rule for step {n}</label>
        <select
          id={`${id}-rule`}
          value={step.passRule}
          onChange={(e) => onChange({ ...step, passRule: e.target.value as StepDraft['passRule'] })}
        >
          <option value="none">None (finishing is enough)</option>
          <option value="score">Overall score and no critical error</option>
          <option value="completion">Completion</option>
        </select>
        {step.passRule === 'score' ? (
          <>
            <label htmlFor={`${id}-min`}>Lowest passing score for step {n} (0 to 100)</label>
            <input
              id={`${id}-min`}
              type="number"
              min={0}
              max={100}
              required
              value={step.minScore}
              onChange={(e) => onChange({ ...step, minScore: e.target.value })}
            />
          </>
        ) : null}
        <label htmlFor={`${id}-due`}>Due date for step {n} (optional)</label>
        <input
          id={`${id}-due`}
          type="date"
          value={step.dueDate}
          onChange={(e) => onChange({ ...step, dueDate: e.target.value })}
        />
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            Move step {n} up
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            Move step {n} down
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={count === 1}
            onClick={onRemove}
          >
            Remove step {n}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/**
 * Creating a course: a title, which attempt counts, and ordered steps (scenario from the catalog, mode,
 * pass rule, due date). Each step is pinned to the scenario version served now.
 *
 * @example
 * <CourseForm orgId={org.id} />
 */
export function CourseForm({ orgId }: { orgId: string }) {
  const scenarios = useScenarios();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [attemptPolicy, setAttemptPolicy] = useState<'best' | 'last'>('best');
  const [steps, setSteps] = useState<StepDraft[]>(() => [blankStep()]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const create = useMutation({
    mutationFn: (body: CreateCourseInput) =>
      api.post('/api/orgs/:orgId/courses', { param: { orgId }, json: body }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: manageKeys.courses(orgId) });
      navigate(`/manage/courses/${result.value.course.id}`);
    },
  });
  const list = (scenarios.data?.scenarios ?? []).map((s) => ({ id: s.id, title: s.title }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    create.mutate({ title, attemptPolicy, steps: steps.map(toStepInput) });
  };
  return (
    <form className="cm-form" onSubmit={onSubmit} aria-labelledby="new-course-heading">
      <h2 id="new-course-heading">Create a course</h2>
      <label>
        Course title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Which attempt counts
        <select value={attemptPolicy} onChange={(e) => setAttemptPolicy(e.target.value as 'best' | 'last')}>
          <option value="best">The best attempt</option>
          <option value="last">The last attempt</option>
        </select>
      </label>
      <ol className="cm-steps">
        {steps.map((step, i) => (
          <StepFields
            key={step.key}
            step={step}
            index={i}
            count={steps.length}
            scenarios={list}
            onChange={(s) => setSteps(steps.map((x) => (x.key === s.key ? s : x)))}
            onMove={(by) => {
              setSteps(moveItem(steps, i, by));
              setStatus(`Step ${i + 1} moved ${by < 0 ? 'up' : 'down'}.`);
            }}
            onRemove={() => {
              setSteps(steps.filter((x) => x.key !== step.key));
              setStatus(`Step ${i + 1} removed.`);
            }}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={steps.length >= 50}
          onClick={() => {
            setSteps([...steps, blankStep()]);
            setStatus(`Step ${steps.length + 1} added.`);
          }}
        >
          Add a step
        </button>
        <button type="submit" className="button" disabled={create.isPending}>
          Create the course
        </button>
      </div>
      {error ? <ErrorNotice error={error} title="Could not create the course" /> : null}
    </form>
  );
}
