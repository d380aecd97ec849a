import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** Shows whether the Doorway service answered its health check. */
export function ServiceStatus() {
  const health = useQuery({
    queryKey: ['health'],
    queryFn: async () => {
      const res = await api.api.health.$get();
      if (!res.ok) throw new Error(`The service answered ${res.status}.`);
      return res.json();
    },
  });
  if (health.isPending) return <p role="status">Checking the service…</p>;
  if (health.isError)
    return <p role="alert">The service is not reachable right now. Try again in a moment.</p>;
  return (
    <p role="status">
      Service status: <strong>{health.data.status === 'ok' ? 'running' : health.data.status}</strong> (version{' '}
      {health.data.version})
    </p>
  );
}
