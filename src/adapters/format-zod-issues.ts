import type { z } from 'zod';

/** Every problem at once, each naming its field path: `threshold: expected number, got string`. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
