import { describe, expect, it } from 'vitest';
import { pastedBatch, uploadedBatch } from './batchContent.ts';

describe('what the Screen page sends as a batch', () => {
  it('turns pasted names, one a line, into a CSV with a name column, quoting commas and skipping blank lines', () => {
    expect(pastedBatch('CHEN, Zhi\n\n  Vincent  \nO"Brien')).toEqual({
      format: 'csv',
      content: 'name\n"CHEN, Zhi"\n"Vincent"\n"O""Brien"',
    });
  });

  it('sends a pasted CSV with a name header as it is', () => {
    const csv = 'reference,full_name,dob\nC-1,Chen Zhi,1987-12-16';
    expect(pastedBatch(csv)).toEqual({ format: 'csv', content: csv });
  });

  it('recognises FollowTheMoney lines by their content or the file extension', () => {
    const line = '{"id":"c1","schema":"Person","properties":{"name":["Chen Zhi"]}}';
    expect(pastedBatch(line).format).toBe('ftm');
    expect(uploadedBatch('customers.jsonl', line).format).toBe('ftm');
    expect(uploadedBatch('customers.csv', 'name\nChen Zhi').format).toBe('csv');
  });
});
