import { describe, expect, it } from 'vitest';
import { testApp } from '../testing/test-app';
import * as declared from './course-progress-declarations';

const mine =
  /^\/api\/(me\/courses|orgs\/:orgId\/cohorts\/:cohortId\/(progress|trainees|heatmap|steps)|orgs\/:orgId\/courses\/:courseId\/move-version)/;

describe('course progress routes in OpenAPI', () => {
  it('every course-progress route the app serves is documented, and every documented one is served', async () => {
    const { real, app } = await testApp();
    const documented = Object.values(declared).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    const served = real.routes
      .filter((r) => r.method !== 'ALL' && mine.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(served)].sort()).toEqual([...documented].sort());
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(
      doc.paths['/api/orgs/{orgId}/cohorts/{cohortId}/steps/{stepId}/marks'].post.requestBody,
    ).toBeDefined();
    expect(doc.paths['/api/me/courses/{courseId}/steps/{stepId}/runs'].post.responses['201']).toBeDefined();
  });
});
