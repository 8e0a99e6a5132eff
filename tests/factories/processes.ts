// Starts the app's web and worker processes as real child processes
// (tests/processes/*.ts through tsx) on the test's database, for the tests
// that need several processes or one to be killed.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { freePort } from "../../scripts/lib/postgres.mjs";

// tsx as a loader in the child itself, not its CLI: the CLI runs the script in
// a second process, which a SIGKILL to the first would leave running.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const processesDirectory = fileURLToPath(new URL("../processes", import.meta.url));

export interface ChildApp {
  child: ChildProcess;
  output: string[];
  url?: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

function start(script: string, args: string[], ready: RegExp, env: Record<string, string> = {}): Promise<ChildApp> {
  const child = spawn(process.execPath, ["--import", tsxLoader, path.join(processesDirectory, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const app: ChildApp = {
    child,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output.join("")}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (ready.test(output.join(""))) {
        clearTimeout(timer);
        resolve(app);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}):\n${output.join("")}`));
    });
  });
}

/** A web process answering the app's webhook route. */
export async function startWebProcess(): Promise<ChildApp> {
  const port = await freePort();
  const app = await start("web.ts", [String(port)], /listening/);
  app.url = `http://127.0.0.1:${port}`;
  return app;
}

/** A worker process running every queue. */
export function startWorkerProcess(env: Record<string, string> = {}): Promise<ChildApp> {
  return start("worker.ts", [], /working/, env);
}
