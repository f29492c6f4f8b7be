/**
 * Job workers running inside this process (the embedded worker of `npm start`, the tests' API)
 * register how to wait until their queue has no work left: shutdown and tests wait for them.
 * The work itself runs in the job queue (common/job-queue.ts, api/src/jobs/).
 */
const drains = new Set<() => Promise<void>>();

export function registerDrain(drain: () => Promise<void>): () => void {
  drains.add(drain);
  return () => {
    drains.delete(drain);
  };
}

/** Resolves once every in-process worker's queue has no job waiting or running. */
export const waitForBackgroundJobs = async () => {
  await Promise.all([...drains].map((drain) => drain()));
};
