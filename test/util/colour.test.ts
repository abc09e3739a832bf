/** util/colour.ts: when the CLI colours its output (the rule in the module header). */
import { describe, expect, it } from 'vitest';
import { supportsColor } from 'chalk';
import { chooseColour, noColour } from '../../src/util/colour.js';

const detected = supportsColor === false ? 0 : supportsColor.level;

describe('chooseColour', () => {
  it('paints nothing when the command does not want colour, NO_COLOR is set, or stdout is not a terminal', () => {
    expect(chooseColour({ wanted: false, env: {}, isTTY: true }).level).toBe(0);
    expect(chooseColour({ wanted: true, env: { NO_COLOR: '1' }, isTTY: true }).level).toBe(0);
    expect(chooseColour({ wanted: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: true }).level).toBe(0);
    expect(chooseColour({ wanted: true, env: {}, isTTY: false }).level).toBe(0);
    expect(chooseColour({ wanted: true, env: { FORCE_COLOR: '0' }, isTTY: false }).level).toBe(0);
  });

  it('uses the detected level on a terminal, or off one when FORCE_COLOR asks; an empty NO_COLOR does not count', () => {
    expect(chooseColour({ wanted: true, env: {}, isTTY: true }).level).toBe(detected);
    expect(chooseColour({ wanted: true, env: { NO_COLOR: '' }, isTTY: true }).level).toBe(detected);
    expect(chooseColour({ wanted: true, env: { FORCE_COLOR: '1' }, isTTY: false }).level).toBe(detected);
  });
});

describe('noColour', () => {
  it('gives a fresh level-0 instance each time, so changing one changes no other', () => {
    const a = noColour();
    a.level = 3;
    expect(noColour().level).toBe(0);
    expect(noColour().red('x')).toBe('x');
  });
});
