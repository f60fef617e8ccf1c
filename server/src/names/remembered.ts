// Work on a name's words is repeated for the same words across thousands of screens and every rebuild of the
// listed index: its answers are kept, up to a bound (then forgotten at once, which costs one rebuild of them).

/** `work` with its answers kept for the strings it has seen, at most `kept` of them. */
export function remembered<T>(work: (text: string) => T, kept = 500_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = work(text);
      if (answers.size >= kept) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
