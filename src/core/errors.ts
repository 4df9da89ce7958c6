// One base class for every failure newshound reports; subclasses name the failure kind.
// Messages read `stage: what happened: detail` so a log line says where it broke.
export class NewshoundError extends Error {
  readonly stage: string;

  constructor(stage: string, message: string, options?: { cause?: unknown }) {
    super(`${stage}: ${message}`, options);
    this.name = 'NewshoundError';
    this.stage = stage;
  }
}

/** A tuning file, profile file or config file that does not validate. */
export class ConfigError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}

/** Bad evaluation data: a missing file, a line that is not JSON, a missing field. */
export class EvalDataError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('eval', message, options);
    this.name = 'EvalDataError';
  }
}

/** Seeds that cannot be learned from (none found, empty after cleaning). */
export class LearnError extends NewshoundError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('learn', message, options);
    this.name = 'LearnError';
  }
}
