// Deep comparison of two parsed JSON values, key order included: the first difference as
// `at PATH: graphql-js X, ours Y`, or '' when equal.
const show = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? '(absent)' : text.length > 200 ? `${text.slice(0, 200)}...` : text;
};

export function jsonDiff(expected, actual, path = '$') {
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `at ${path}: graphql-js ${show(expected)}, ours ${show(actual)}`;
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const diff = jsonDiff(expected[i], actual[i], `${path}[${i}]`);
      if (diff) return diff;
    }
    return '';
  }
  const isObject = (value) => value !== null && typeof value === 'object';
  if (isObject(expected) && isObject(actual)) {
    const a = Object.keys(expected), b = Object.keys(actual);
    if (a.join('\u0000') !== b.join('\u0000')) return `at ${path}: keys graphql-js [${a}], ours [${b}]`;
    for (const key of a) {
      const diff = jsonDiff(expected[key], actual[key], `${path}.${key}`);
      if (diff) return diff;
    }
    return '';
  }
  return expected === actual ? '' : `at ${path}: graphql-js ${show(expected)}, ours ${show(actual)}`;
}
