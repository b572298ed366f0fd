/** Told when a stage ends, with the rows it handled: for timings and progress (the CLI owns the clock). */
export type PhaseListener = (phase: string, rows?: number) => void;
