import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';

/**
 * A quiet footer line saying whether the Doorway service answered its health check.
 *
 * @example
 * <footer><ServiceStatus /></footer>
 */
export function ServiceStatus() {
  const health = useQuery({
    queryKey: ['health'],
    queryFn: async () => {
      const res = await api.api.health.$get();
      if (!res.ok) throw new Error(`The service answered ${res.status}.`);
      return res.json();
    },
  });
  if (health.isPending) return <p className="service-status">Service: checking…</p>;
  if (health.isError)
    return (
      <p className="service-status" role="alert">
        Service: not reachable right now. Try again in a moment.
      </p>
    );
  return (
    <p className="service-status" data-testid="service-status">
      Service: {health.data.status === 'ok' ? 'running' : health.data.status} (version {health.data.version})
    </p>
  );
}
