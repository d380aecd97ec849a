import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { useScenarios } from '../../lib/queries';
import type { Course, StepMode } from './courseTypes';
import { draftOf, type EditDraft, newDraft, toEditInput } from './editDraft';
import { ManagedOrg } from './ManagedOrg';
import { manageKeys, useCourse } from './manageQueries';
import { moveItem } from './stepDraft';
import './courses-manage.css';

function EditStepFields({
  step,
  index,
  count,
  scenarios,
  onChange,
  onMove,
  onRemove,
}: {
  step: EditDraft;
  index: number;
  count: number;
  scenarios: { id: string; title: string }[];
  onChange: (s: EditDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const n = index + 1;
  return (
    <li className="cm-step">
      <fieldset>
        <legend>{step.id ? t('courseEdit.step', { n }) : t('courseEdit.stepNew', { n })}</legend>
        {step.kind === 'workshop' ? (
          <>
            <label htmlFor={`${id}-title`}>{t('courseEdit.workshopTitleFor', { n })}</label>
            <input
              id={`${id}-title`}
              required
              maxLength={200}
              value={step.title}
              onChange={(e) => onChange({ ...step, title: e.target.value })}
            />
          </>
        ) : step.id ? (
          <p>{t('courseEdit.pinned', { title: step.title, version: step.version ?? '—' })}</p>
        ) : (
          <>
            <label htmlFor={`${id}-scenario`}>{t('courseEdit.scenarioFor', { n })}</label>
            <select
              id={`${id}-scenario`}
              required
              value={step.scenarioId}
              onChange={(e) => onChange({ ...step, scenarioId: e.target.value })}
            >
              <option value="">{t('courseEdit.chooseScenario')}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </>
        )}
        {step.kind === 'scenario' ? (
          <>
            <label htmlFor={`${id}-mode`}>{t('courseEdit.modeFor', { n })}</label>
            <select
              id={`${id}-mode`}
              value={step.mode}
              onChange={(e) => onChange({ ...step, mode: e.target.value as StepMode })}
            >
              <option value="practice">{t('courseEdit.practice')}</option>
              <option value="assessment">{t('courseEdit.assessment')}</option>
            </select>
            <label htmlFor={`${id}-rule`}>{t('courseEdit.ruleFor', { n })}</label>
            <select
              id={`${id}-rule`}
              value={step.passRule}
              onChange={(e) => onChange({ ...step, passRule: e.target.value as EditDraft['passRule'] })}
            >
              <option value="none">{t('courseEdit.ruleNone')}</option>
              <option value="score">{t('courseEdit.ruleScore')}</option>
              <option value="completion">{t('courseEdit.ruleCompletion')}</option>
            </select>
            {step.passRule === 'score' ? (
              <>
                <label htmlFor={`${id}-min`}>{t('courseEdit.minScoreFor', { n })}</label>
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
          </>
        ) : null}
        <label htmlFor={`${id}-due`}>{t('courseEdit.dueFor', { n })}</label>
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
            {t('courseEdit.moveUp', { n })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('courseEdit.moveDown', { n })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={count === 1}
            onClick={onRemove}
          >
            {t('courseEdit.remove', { n })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/**
 * The edit form of a course: title, description, which attempt counts, and the steps (reorder, add scenario
 * steps or workshop sessions, remove). Saving sends `PATCH`; when a removed step has attempts or marks the
 * server's answer is shown with a button that confirms the removal.
 *
 * @example
 * <CourseEditForm orgId={orgId} course={course} />
 */
export function CourseEditForm({ orgId, course }: { orgId: string; course: Course }) {
  const { t } = useT();
  const scenarios = useScenarios();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState(course.title);
  const [description, setDescription] = useState(course.description);
  const [attemptPolicy, setAttemptPolicy] = useState(course.attemptPolicy);
  const [steps, setSteps] = useState<EditDraft[]>(() => course.steps.map(draftOf));
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: (confirm: boolean) =>
      api.patch('/api/orgs/:orgId/courses/:courseId', {
        param: { orgId, courseId: course.id },
        query: { confirm: confirm ? 'true' : undefined },
        json: { title, description, attemptPolicy, steps: steps.map(toEditInput) },
      }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      queryClient.setQueryData(manageKeys.course(orgId, course.id), { course: result.value.course });
      void queryClient.invalidateQueries({ queryKey: manageKeys.courses(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['manage', orgId, 'progress'] });
      navigate(`/manage/courses/${course.id}`);
    },
  });
  const list = (scenarios.data?.scenarios ?? []).map((s) => ({ id: s.id, title: s.title }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    save.mutate(false);
  };
  const needsConfirm = error?.kind === 'http' && error.code === 'step_has_progress';
  const add = (kind: 'scenario' | 'workshop') => {
    setSteps([...steps, newDraft(kind)]);
    setStatus(t('courseEdit.added', { n: steps.length + 1 }));
  };
  return (
    <form className="cm-form" onSubmit={onSubmit} aria-label={t('courseEdit.title', { title: course.title })}>
      <p>{t('courseEdit.lede')}</p>
      <label>
        {t('courseEdit.courseTitle')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('courseEdit.description')}
        <textarea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={2000}
          rows={3}
        />
      </label>
      <label>
        {t('courseEdit.attemptPolicy')}
        <select value={attemptPolicy} onChange={(e) => setAttemptPolicy(e.target.value as 'best' | 'last')}>
          <option value="best">{t('courseEdit.best')}</option>
          <option value="last">{t('courseEdit.last')}</option>
        </select>
      </label>
      <h2>{t('courseEdit.stepsHeading')}</h2>
      <ol className="cm-steps">
        {steps.map((step, i) => (
          <EditStepFields
            key={step.key}
            step={step}
            index={i}
            count={steps.length}
            scenarios={list}
            onChange={(s) => setSteps(steps.map((x) => (x.key === s.key ? s : x)))}
            onMove={(by) => {
              setSteps(moveItem(steps, i, by));
              setStatus(t('courseEdit.moved', { from: i + 1, to: i + 1 + by }));
            }}
            onRemove={() => {
              setSteps(steps.filter((x) => x.key !== step.key));
              setStatus(t('courseEdit.removed', { n: i + 1 }));
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
          onClick={() => add('scenario')}
        >
          {t('courseEdit.addScenario')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={steps.length >= 50}
          onClick={() => add('workshop')}
        >
          {t('courseEdit.addWorkshop')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('courseEdit.save')}
        </button>
      </div>
      {error ? (
        <ErrorNotice
          error={error}
          title={needsConfirm ? t('courseEdit.progressTitle') : t('courseEdit.saveFailed')}
        >
          {needsConfirm ? (
            <>
              <button
                type="button"
                className="button"
                disabled={save.isPending}
                onClick={() => {
                  setError(null);
                  save.mutate(true);
                }}
              >
                {t('courseEdit.confirmRemove')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setError(null)}>
                {t('courseEdit.keepSteps')}
              </button>
            </>
          ) : null}
        </ErrorNotice>
      ) : null}
    </form>
  );
}

function EditBody({ orgId, courseId }: { orgId: string; courseId: string }) {
  const { t } = useT();
  const course = useCourse(orgId, courseId);
  if (course.isError)
    return <ErrorNotice error={apiErrorOf(course.error)} onRetry={() => course.refetch()} />;
  if (!course.data) return <Loading what={t('courseEdit.loading')} />;
  const c = course.data.course;
  return (
    <>
      <PageHeading title={t('courseEdit.title', { title: c.title })}>
        {t('courseEdit.title', { title: c.title })}
      </PageHeading>
      <CourseEditForm key={c.updatedAt} orgId={orgId} course={c} />
    </>
  );
}

/**
 * `/manage/courses/:courseId/edit`: editing a course (admin or manager).
 *
 * @example
 * <Route path="/manage/courses/:courseId/edit" component={CourseEditPage} />
 */
export function CourseEditPage({ params }: { params: { courseId: string } }) {
  const { t } = useT();
  return (
    <div className="cm-page">
      <p>
        <Link href={`/manage/courses/${params.courseId}`}>{t('courseEdit.back')}</Link>
      </p>
      <ManagedOrg>{(orgId) => <EditBody orgId={orgId} courseId={params.courseId} />}</ManagedOrg>
    </div>
  );
}
