// Zod issues as field-level problems a form can show next to the field, worded the same on server and client.
import type { z } from 'zod';

export interface FieldProblem {
  path: string;
  message: string;
}

export function fieldProblems(issues: z.core.$ZodIssue[], allowedFields: readonly string[] = []): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const prefix = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...prefix, key].join('.'),
        message: `is not a known field here (allowed: ${allowedFields.join(', ')})`,
      }));
    }
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return [{ path: prefix.join('.'), message: missing ? 'is required' : issue.message }];
  });
}
