/** Where a command writes: injectable so tests can read what a user would see. Shared by src/cli and src/bench. */
export interface Reporter {
  out(text: string): void;
  err(text: string): void;
}
