/**
 * i18n/commander: commander's own messages (commander 14's wording) in Danish;
 * a message it does not recognise stays English, whole.
 */
import { describe, expect, it } from 'vitest';
import { commanderMessage } from '../../src/i18n/commander.js';

describe('commanderMessage', () => {
  it('writes the common parser errors in Danish', () => {
    const da = (m: string): string => commanderMessage(m, 'da');
    expect(da("option '--excel <locale>' argument 'x' is invalid. Allowed choices are da, en.")).toBe(
      'tilvalget \'--excel <locale>\' skal være en af da, en (fik "x") (se tuff --help)',
    );
    expect(da("unknown option '--frmat' (Did you mean --format?)")).toBe("ukendt tilvalg '--frmat' (mente du --format?) (se tuff --help)");
    expect(da("unknown option '--zzz'")).toBe("ukendt tilvalg '--zzz' (se tuff --help)");
    expect(da("unknown command 'analyze2' (Did you mean analyze?)")).toBe("ukendt kommando 'analyze2' (mente du analyze?) (se tuff --help)");
    expect(da("missing required argument 'input'")).toBe("argumentet 'input' mangler (se tuff --help)");
    expect(da("option '-o, --out <file>' argument missing")).toBe("tilvalget '-o, --out <file>' mangler sin værdi (se tuff --help)");
    expect(da("too many arguments for 'analyse'. Expected 1 argument but got 2.")).toBe(
      "for mange argumenter til 'analyse': 1 forventet, 2 givet (se tuff --help)",
    );
  });
  it('leaves English alone, and an unknown message English in Danish too', () => {
    expect(commanderMessage("unknown option '--zzz'", 'en')).toBe("unknown option '--zzz' (see tuff --help)");
    expect(commanderMessage('something new', 'da')).toBe('something new (see tuff --help)');
  });
});
