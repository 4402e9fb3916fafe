/** Where the CLI writes: injectable so tests can read what a user would see. */
export interface Reporter {
  out(text: string): void;
  err(text: string): void;
}

export const processReporter: Reporter = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
