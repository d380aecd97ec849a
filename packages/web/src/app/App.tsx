import { ServiceStatus } from '../features/home/ServiceStatus';

export function App() {
  return (
    <>
      <header className="site-header">
        <a className="brand" href="/">
          Doorway
        </a>
      </header>
      <main id="main">
        <h1>Doorway</h1>
        <p>
          Practise conversations with survivors of human trafficking, and learn from feedback grounded in
          trauma-informed practice.
        </p>
        <ServiceStatus />
      </main>
    </>
  );
}
