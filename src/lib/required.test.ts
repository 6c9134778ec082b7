import { describe, expect, it } from 'vitest';
import { required } from './required';

describe('required', () => {
  it('passes a present value through, falsy ones included', () => {
    expect(required(0, 'zero')).toBe(0);
    expect(required('', 'empty')).toBe('');
    expect(required(false, 'false')).toBe(false);
  });

  it('names what is missing', () => {
    expect(() => required(undefined, 'indicator "x"')).toThrow('IP Atlas: indicator "x" is missing');
    expect(() => required(null, 'the label of chengdu')).toThrow('the label of chengdu is missing');
  });
});
