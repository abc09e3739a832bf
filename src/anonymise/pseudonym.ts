/**
 * Keyed pseudonyms for actor ids (pure: node:crypto's HMAC is computation,
 * not I/O).
 *
 * pseudonym = "P-" + the first 60 bits of HMAC-SHA256(key, "tuff pseudonym v1\0" + id),
 * written as 12 characters of lower-case RFC 4648 base32 (a–z, 2–7).
 *
 * - The same key and id always give the same pseudonym: anonymised survey
 *   waves stay comparable (`tuff compare`), and whoever holds the key can find
 *   a known actor again. Without the key, a pseudonym reveals nothing about the
 *   id (HMAC is a PRF); in particular guessing ids and hashing them is useless.
 * - The id is hashed as the reader normalised it (trimmed, NFC), as UTF-8.
 * - The fixed prefix "tuff pseudonym v1\0" separates these hashes from any
 *   other use of the same key.
 * - "P-" keeps every pseudonym a letter-led text: no spreadsheet reads it as a
 *   number or date, and it never starts like a formula.
 * - 60 bits: two of 100,000 actors collide with probability ≈ 4·10⁻⁹; a
 *   collision is still detected (createPseudonymiser) and refused, never
 *   merged silently.
 */

import { createHmac } from 'node:crypto';
import { InternalError } from '../errors.js';

/** Length of a new key, bytes. */
export const KEY_BYTES = 32;

const DOMAIN = 'tuff pseudonym v1\u0000';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const CHARS = 12;

export function pseudonym(key: Uint8Array, id: string): string {
  const mac = createHmac('sha256', key).update(DOMAIN + id, 'utf8').digest();
  let out = 'P-';
  let buffer = 0;
  let bits = 0;
  let byte = 0;
  while (out.length < 2 + CHARS) {
    if (bits < 5) {
      buffer = (buffer << 8) | mac[byte++]!;
      bits += 8;
    }
    out += BASE32[(buffer >> (bits - 5)) & 31];
    bits -= 5;
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** A pseudonym function that refuses two ids with the same pseudonym. */
export function createPseudonymiser(key: Uint8Array): (id: string) => string {
  const seen = new Map<string, string>();
  return (id) => {
    const p = pseudonym(key, id);
    const other = seen.get(p);
    if (other !== undefined && other !== id) {
      throw new InternalError('two actors got the same pseudonym (a 60-bit collision); anonymise with another key');
    }
    seen.set(p, id);
    return p;
  };
}
