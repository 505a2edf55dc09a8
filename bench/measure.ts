// Timing helpers the benchmarks share.
import { spawn, spawnSync } from 'node:child_process';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Wall time of `node <args>`, in ms; throws if it fails. */
export function timeNode(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return elapsed;
}

/**
 * From launching the quiz in a pseudo-terminal (util-linux `script`) until question 1 shows. Each
 * run is killed there and so leaves a quiz unfinished; --no-resume sets it aside for the next one.
 */
export function timeToFirstQuestion(root: string, bin: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', `${process.execPath} ${bin} quiz --seed 1 --no-resume`, '/dev/null'], {
      cwd: root,
      env,
    });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no first question within 10 s; saw: ${seen}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (/1\/10 {2}/.test(seen)) {
        const elapsed = performance.now() - start;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve(elapsed);
      }
    });
  });
}

/** `node -e 0` in the same pseudo-terminal: the baseline for time to the first question. */
export function timeNodeInTerminal(): number {
  const start = performance.now();
  spawnSync('script', ['-qfec', `${process.execPath} -e 0`, '/dev/null']);
  return performance.now() - start;
}

/** What one run of `node <args>` cost: wall and CPU time (user + system) in ms, and its peak memory. */
export interface NodeRun {
  readonly wall: number;
  readonly cpu: number;
  readonly maxRssMiB: number;
  readonly status: number;
  readonly stderr: string;
}

/**
 * Runs `node <args>` and measures it. On a machine others share, CPU time is the figure that does
 * not depend on their load; Node cannot read a child's CPU time or peak memory, Python's getrusage can.
 */
export function measureNode(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): NodeRun {
  const script =
    'import resource,subprocess,sys,time,json\nt=time.time()\nr=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)\nu=resource.getrusage(resource.RUSAGE_CHILDREN)\nprint(json.dumps({"wall":(time.time()-t)*1000,"cpu":(u.ru_utime+u.ru_stime)*1000,"maxRssMiB":u.ru_maxrss/1024,"status":r.returncode,"stderr":r.stderr.decode(errors="replace")}))';
  const run = spawnSync('python3', ['-c', script, process.execPath, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`could not time ${args.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout) as NodeRun;
}

/** Wall and CPU time of `node <args>`, in ms; throws if it fails. */
export function timeNodeWithCpu(root: string, args: string[]): { wall: number; cpu: number } {
  const result = measureNode(root, args);
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return result;
}
