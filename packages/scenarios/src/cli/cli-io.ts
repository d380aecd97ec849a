/** What a command may touch, so tests can run commands in-process and read their output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The working directory (file names in output are shown relative to it). */
  cwd: string;
  /** Reads one line from the trainee (interactive play); undefined at end of input. */
  ask?(prompt: string): Promise<string | undefined>;
}

/** A CLI command: its help text and what it does. It returns the exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
