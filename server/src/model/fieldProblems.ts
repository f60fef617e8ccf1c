// Zod issues as field-level problems a form can show next to the field, worded the same on server and client.
// This is the one way a validation failure becomes a message: API answers, importers' skip reasons and forms use it.
import type { z } from 'zod';

export interface FieldProblem {
  path: string;
  message: string;
}

export function fieldProblems(issues: z.core.$ZodIssue[], allowedFields: readonly string[] = []): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const prefix = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedFields.length ? ` (allowed: ${allowedFields.join(', ')})` : '';
      return issue.keys.map((key) => ({
        path: [...prefix, key].join('.'),
        message: `is not a known field here${allowed}`,
      }));
    }
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return [{ path: prefix.join('.'), message: missing ? 'is required' : issue.message }];
  });
}

/** One sentence for a person: the first problem, and how many more there are. */
export function describeProblems(problems: FieldProblem[]): string {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}
