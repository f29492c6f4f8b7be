import { useEffect, useState } from 'react';
import { useNotify } from 'react-admin';
import { errorMessage } from '../format';

const POLL_MS = 1000;

/**
 * A background job (import, department batch) re-read every second while it runs. `setJob` takes
 * the job the start mutation returned; polling stops once `isRunning` says it finished.
 */
export function usePolledJob<T extends { id: string }>(
  load: (id: string) => Promise<T>,
  isRunning: (job: T) => boolean,
  initial: T | null = null,
) {
  const notify = useNotify();
  const [job, setJob] = useState<T | null>(initial);
  const jobId = job?.id;
  const running = Boolean(job && isRunning(job));

  useEffect(() => {
    if (!jobId || !running) return undefined;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const next = await load(jobId);
        if (!cancelled) setJob(next);
      } catch (error) {
        if (!cancelled) notify(errorMessage(error), { type: 'error' });
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `job` re-arms the timer after each read; `load` is stable per data provider.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a new arrow each render, same behaviour
  }, [job, jobId, running, notify]);

  return { job, setJob, running };
}
